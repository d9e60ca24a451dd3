extension TextSanitizer {
    /// One pass of ``TextSanitizer/clean(_:)`` over a text's scalars.
    ///
    /// Linear in the text, whatever it holds: a string introducer looks ahead for its
    /// terminator, and either skips to it (the scan is not repeated) or finds none, after which
    /// no later introducer can have one and none looks again.
    struct Cleaner {
        private let scalars: String.UnicodeScalarView
        private(set) var out: [UInt8] = []
        private var pendingSpace = false
        /// Set once a look-ahead reached the end without a terminator.
        private var noTerminatorAhead = false

        init(_ scalars: String.UnicodeScalarView) {
            self.scalars = scalars
            out.reserveCapacity(scalars.count)
        }

        mutating func run() {
            var i = scalars.startIndex
            while i < scalars.endIndex {
                let s = scalars[i]
                scalars.formIndex(after: &i)
                switch s.value {
                case 0x1B: i = afterEscape(i)
                case 0x9B: i = afterCSI(i)
                case 0x90, 0x98, 0x9D, 0x9E, 0x9F: i = afterString(i)
                default: take(s)
                }
            }
        }

        // MARK: - Text

        /// Keeps a scalar of text: whitespace becomes a pending space, other controls go.
        private mutating func take(_ s: Unicode.Scalar) {
            let v = s.value
            switch v {
            case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x2028, 0x2029, 0x3000:
                pendingSpace = true
            case 0x00...0x1F, 0x7F...0x9F:
                return
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C:
                return
            case 0xFEFF, 0x200B:
                return
            default:
                if v >= 0x80 && s.properties.generalCategory == .spaceSeparator {
                    pendingSpace = true
                } else {
                    emit(s)
                }
            }
        }

        private mutating func emit(_ s: Unicode.Scalar) {
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            if s.value < 0x80 {
                out.append(UInt8(s.value))
            } else {
                UTF8.encode(s) { out.append($0) }
            }
        }

        // MARK: - Sequences

        /// Where text resumes after an `ESC` whose next scalar is at `i`.
        private mutating func afterEscape(_ i: String.UnicodeScalarView.Index) -> String.UnicodeScalarView.Index {
            guard i < scalars.endIndex else { return i }
            let next = scalars.index(after: i)
            switch scalars[i].value {
            case 0x5B: return afterCSI(next)
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F: return afterString(next)
            case 0x20...0x2F: return afterIntermediates(next)
            // A two-character sequence (`ESC c`, `ESC 7`, `ESC \\`).
            case 0x30...0x7E: return next
            // ESC before a control, a non-ASCII scalar or DEL: the ESC alone goes.
            default: return i
            }
        }

        /// Where text resumes after `ESC` and an intermediate byte: past more of them and a final byte.
        private func afterIntermediates(_ start: String.UnicodeScalarView.Index) -> String.UnicodeScalarView.Index {
            var i = start
            while i < scalars.endIndex {
                let v = scalars[i].value
                if (0x30...0x7E).contains(v) { return scalars.index(after: i) }
                guard (0x20...0x2F).contains(v) else { return i }
                scalars.formIndex(after: &i)
            }
            return i
        }

        /// Where text resumes after a CSI introducer: past parameter and intermediate bytes and
        /// the final byte. A scalar that can be none of these ends the sequence and is read as text.
        private func afterCSI(_ start: String.UnicodeScalarView.Index) -> String.UnicodeScalarView.Index {
            var i = start
            while i < scalars.endIndex {
                let v = scalars[i].value
                if (0x40...0x7E).contains(v) { return scalars.index(after: i) }
                guard (0x20...0x3F).contains(v) else { return i }
                scalars.formIndex(after: &i)
            }
            return i
        }

        /// Where text resumes after a string introducer: past the terminator, or right here when
        /// the text holds none.
        private mutating func afterString(_ start: String.UnicodeScalarView.Index) -> String.UnicodeScalarView.Index {
            guard !noTerminatorAhead else { return start }
            var i = start
            while i < scalars.endIndex {
                let v = scalars[i].value
                scalars.formIndex(after: &i)
                if v == 0x07 || v == 0x9C { return i }
                if v == 0x1B, i < scalars.endIndex, scalars[i] == "\\" { return scalars.index(after: i) }
            }
            noTerminatorAhead = true
            return start
        }
    }
}
