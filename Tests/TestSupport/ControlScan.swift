/// Finds the characters no output of Folio may hold.
///
/// Those are C0 controls other than line feed and tab (ESC among them), DEL, C1 controls, and
/// the bidirectional overrides and isolates. Raw bytes count too: output that is not UTF-8 is
/// a finding, since a terminal may read a stray 0x9B as CSI.
public enum ControlScan {
    /// Whether `text` holds a control character.
    public static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { s in
            let v = s.value
            return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
                || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
        }
    }

    /// Whether `bytes` are not UTF-8 or hold a control character.
    public static func hasControl(_ bytes: [UInt8]) -> Bool {
        guard let text = String(validating: bytes, as: UTF8.self) else { return true }
        return hasControl(text)
    }
}
