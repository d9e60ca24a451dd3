import Extraction
import Foundation

/// Text on its way to stdout or stderr, made safe for a terminal.
///
/// Everything `folio` prints that it did not write itself — a library's titles and sections
/// (another version or tool may have stored escape sequences), file names, the user's own
/// arguments echoed in an error — passes through here. There is one rule,
/// ``TextSanitizer/clean(_:)``: controls, C1 controls and whole escape sequences go, and no
/// line break is left inside a field. Messages of several lines are cleaned line by line.
enum ConsoleText {
    /// One stored field (a title, a section, a paragraph): ``TextSanitizer/clean(_:)``.
    static func field(_ text: String) -> String {
        TextSanitizer.clean(text)
    }

    /// An optional field, cleaned; nil stays nil.
    static func field(_ text: String?) -> String? {
        text.map(TextSanitizer.clean)
    }

    /// A message of one or more lines (an error, a usage text): each line cleaned.
    ///
    /// A line with no control character is kept exactly, so help text keeps its columns and a
    /// caret under a query keeps its place; a line with one keeps its indentation and loses its
    /// controls and escape sequences.
    static func message(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            let line = String(line)
            if TextSanitizer.isClean(line) { return line }
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            return String(repeating: " ", count: indent.count) + TextSanitizer.clean(line)
        }.joined(separator: "\n")
    }

    /// Writes `message`, cleaned, and a newline to stderr.
    static func report(_ message: String) {
        FileHandle.standardError.write(Data((Self.message(message) + "\n").utf8))
    }
}
