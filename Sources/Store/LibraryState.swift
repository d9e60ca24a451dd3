import GRDB

/// What an existing database file holds, as seen through a read-only connection before
/// anything writes to it.
enum LibraryState: Equatable {
    /// Another program's database: refused and left untouched.
    case foreign
    /// A Folio library with migrations this binary does not know.
    case newer
    /// A Folio library with every migration run.
    case current
    /// An empty database, or a Folio library with migrations to run.
    case outdated

    /// Reads the state from the application id, the tables and the migrations run.
    ///
    /// A Folio library says so with ``LibraryFile/applicationID``; one made before the mark
    /// existed (id 0) is recognised by Folio's first migration. Any other database that holds
    /// tables is foreign, even one another GRDB program left a `grdb_migrations` table in.
    init(_ db: Database) throws {
        let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        if applicationID != 0, applicationID != LibraryFile.applicationID {
            self = .foreign
            return
        }
        let migrator = LibrarySchema.migrator
        let hasMigrations = try db.tableExists("grdb_migrations")
        let isFolio = try hasMigrations && migrator.appliedIdentifiers(db).contains(LibrarySchema.firstMigration)
        if !isFolio {
            let tables = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM sqlite_master
                WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'
                """) ?? 0
            let migrationsRun = hasMigrations ? try Int.fetchOne(db, sql: "SELECT count(*) FROM grdb_migrations") ?? 0 : 0
            self = tables > 0 || migrationsRun > 0 ? .foreign : .outdated
        } else if try migrator.hasBeenSuperseded(db) {
            self = .newer
        } else {
            self = try migrator.hasCompletedMigrations(db) ? .current : .outdated
        }
    }
}
