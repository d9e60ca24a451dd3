import Foundation
import GRDB

extension Library {
    // MARK: - Marks

    /// Marks the articles read (keeping an earlier read time) or unread.
    ///
    /// - Returns: how many of `ids` exist (an id named twice counts once).
    @discardableResult
    public func setRead(_ read: Bool, ids: [Int64]) throws(StoreError) -> Int {
        try updateEach(ids, column: "readAt", to: read)
    }

    /// Stars or unstars the articles.
    ///
    /// - Returns: how many of `ids` exist (an id named twice counts once).
    @discardableResult
    public func setStarred(_ starred: Bool, ids: [Int64]) throws(StoreError) -> Int {
        try updateEach(ids, column: "starredAt", to: starred)
    }

    /// Sets a mark time column (a fixed name, never user text) to now, keeping an earlier time, or clears it.
    private func updateEach(_ ids: [Int64], column: String, to isSet: Bool) throws(StoreError) -> Int {
        let now = Date().timeIntervalSince1970
        let value = isSet ? "coalesce(\(column), ?)" : "NULL"
        return try write { db in
            let statement = try db.cachedStatement(sql: "UPDATE article SET \(column) = \(value) WHERE id = ?")
            var found = 0
            for id in Set(ids) {
                try statement.execute(arguments: isSet ? [now, id] : [id])
                found += db.changesCount
            }
            return found
        }
    }

    /// The ids among `ids` that name no article, each once, in the order given.
    public func missing(ids: [Int64]) throws(StoreError) -> [Int64] {
        try read { db in
            let statement = try db.cachedStatement(sql: "SELECT 1 FROM article WHERE id = ?")
            var seen = Set<Int64>()
            return try ids.filter { id in
                guard seen.insert(id).inserted else { return false }
                return try Int.fetchOne(statement, arguments: [id]) == nil
            }
        }
    }
}
