extension TextSanitizer {
    /// One pass of ``TextSanitizer/clean(_:)`` over a text's scalars.
    ///
    /// Linear in the text, whatever it holds: a string introducer looks ahead for its
    /// terminator on a copy of the iterator, and either skips to it (the scan is not repeated)
    /// or finds none, after which no later introducer can have one and none looks again.
    struct Cleaner {
        private var scalars: String.UnicodeScalarView.Iterator
        private(set) var out: [UInt8] = []
        private var pendingSpace = false
        /// Set once a look-ahead reached the end without a terminator.
        private var noTerminatorAhead = false

        init(_ scalars: String.UnicodeScalarView) {
            self.scalars = scalars.makeIterator()
            out.reserveCapacity(scalars.count)
        }

        mutating func run() {
            // A scalar read while skipping a sequence that cannot belong to it: text again.
            var held: Unicode.Scalar?
            while let s = held ?? scalars.next() {
                held = nil
                switch s.value {
                case 0x1B: held = skipEscape()
                case 0x9B: held = skipCSI()
                case 0x90, 0x98, 0x9D, 0x9E, 0x9F: skipString()
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

        /// Skips what follows an `ESC`; returns the scalar after it when that starts no sequence
        /// (the ESC alone goes).
        private mutating func skipEscape() -> Unicode.Scalar? {
            guard let next = scalars.next() else { return nil }
            switch next.value {
            case 0x5B: return skipCSI()
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F: skipString(); return nil
            case 0x20...0x2F: return skipIntermediates()
            // A two-character sequence (`ESC c`, `ESC 7`, `ESC \`).
            case 0x30...0x7E: return nil
            default: return next
            }
        }

        /// Skips more intermediate bytes and the final byte of `ESC` and an intermediate byte;
        /// returns a scalar that can be neither.
        private mutating func skipIntermediates() -> Unicode.Scalar? {
            while let s = scalars.next() {
                if (0x30...0x7E).contains(s.value) { return nil }
                guard (0x20...0x2F).contains(s.value) else { return s }
            }
            return nil
        }

        /// Skips a CSI's parameter and intermediate bytes and its final byte; returns a scalar
        /// that can be none of these, which ends the sequence and is text.
        private mutating func skipCSI() -> Unicode.Scalar? {
            while let s = scalars.next() {
                if (0x40...0x7E).contains(s.value) { return nil }
                guard (0x20...0x3F).contains(s.value) else { return s }
            }
            return nil
        }

        /// Skips a string up to and including its terminator; with none ahead, skips nothing.
        private mutating func skipString() {
            guard !noTerminatorAhead else { return }
            var ahead = scalars
            var afterEscape = false
            while let s = ahead.next() {
                if s == "\u{7}" || s == "\u{9C}" || (afterEscape && s == "\\") {
                    scalars = ahead
                    return
                }
                afterEscape = s == "\u{1B}"
            }
            noTerminatorAhead = true
        }
    }
}
