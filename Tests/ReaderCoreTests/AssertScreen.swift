import Foundation
import Testing
@testable import ReaderCore

/// Renders `state` and compares the screen's text with `Golden/<name>.txt` beside this file.
///
/// `RECORD_GOLDENS=1 swift test --filter ReaderCoreTests` rewrites the file and still fails, so
/// a person reviews the new golden (`git diff`) before it counts.
func assertScreen(
    _ state: AppState, width: Int, height: Int, named name: String,
    filePath: String = #filePath, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let actual = render(state, width: width, height: height).text + "\n"
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden").appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
        do {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("Recorded Golden/\(name).txt: review it, then run without RECORD_GOLDENS.", sourceLocation: sourceLocation)
        } catch {
            Issue.record("Could not write \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("Missing Golden/\(name).txt; run with RECORD_GOLDENS=1 to create it.", sourceLocation: sourceLocation)
        return
    }
    guard expected != actual else { return }
    let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var report = ["Screen differs from Golden/\(name).txt (- golden, + rendered):"]
    for i in 0..<max(want.count, got.count) {
        let w = i < want.count ? String(want[i]) : "<none>"
        let g = i < got.count ? String(got[i]) : "<none>"
        if w != g { report += ["line \(i + 1):", "- \(w)", "+ \(g)"] }
    }
    Issue.record(Comment(rawValue: report.joined(separator: "\n")), sourceLocation: sourceLocation)
}
