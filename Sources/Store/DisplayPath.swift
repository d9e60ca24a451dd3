import Extraction

/// How a file path is shown to a user: with ``TextSanitizer/clean(_:)`` applied.
///
/// File names may hold control characters and escape sequences (`touch $'\e]0;x\a.txt'`);
/// printed raw they would drive the terminal. The library keeps the raw path, to open the
/// file again; every place that *shows* a path (the list's source column, `show`, import
/// failures, error messages) goes through here.
public enum DisplayPath {
    /// `path` without controls or escape sequences, whitespace runs collapsed.
    public static func clean(_ path: String) -> String {
        TextSanitizer.clean(path)
    }
}
