import Foundation
import ReaderCore

/// Per-key timings appended to the file named by `FOLIO_TRACE`, for `BENCHMARKS.md`.
///
/// One tab-separated line per batch of keys (and one per effect it ran, before it): what was
/// pressed, then milliseconds spent in reduce (with the effects it ran), render and paint, their
/// total, the cells painted, and the process CPU time the batch took (steadier than the wall
/// time on a shared machine). An effect line gives its wall and CPU milliseconds. The first
/// line reports the launch: the process age at the first full frame (from `/proc/self/stat`,
/// 10 ms resolution), the process CPU time by then, and the time since `main` reached the reader.
final class ReaderTrace {
    private let handle: FileHandle

    /// A trace for `FOLIO_TRACE`, or nil when it is unset or the file cannot be opened.
    init?(environment: [String: String]) {
        guard let path = environment["FOLIO_TRACE"], !path.isEmpty else { return nil }
        // Close-on-exec: a browser started from the reader must not inherit the trace.
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        self.handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        let age = Self.processAgeMilliseconds().map { String(format: "%.0f", $0) } ?? "?"
        write("start\tprocess_age_ms=\(age)")
    }

    private let created = ReaderTrace.now()

    /// A step of the launch, in milliseconds since the reader command began.
    func mark(_ step: String) {
        write("mark\t\(step)\t" + String(format: "%.3f", Self.milliseconds(created, Self.now())))
    }

    deinit { try? handle.close() }

    /// Nanoseconds on a monotonic clock.
    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    /// Nanoseconds of CPU time used by the whole process (every thread: GRDB reads on its own).
    static func cpuNow() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    /// A moment on both clocks.
    struct Stamp {
        let wall = ReaderTrace.now()
        let cpu = ReaderTrace.cpuNow()
    }

    static func milliseconds(_ from: UInt64, _ to: UInt64) -> Double { Double(to &- from) / 1_000_000 }

    func launch(sinceReaderStart: Double, rows: Int, width: Int, height: Int) {
        let age = Self.processAgeMilliseconds().map { String(format: "%.0f", $0) } ?? "?"
        let cpu = String(format: "%.1f", Double(Self.cpuNow()) / 1_000_000)
        write("launch\tprocess_age_ms=\(age)\treader_ms=\(String(format: "%.3f", sinceReaderStart))\trows=\(rows)\tsize=\(width)x\(height)\tprocess_cpu_ms=\(cpu)")
    }

    func key(_ keys: [Key], reduce: Double, render: Double, paint: Double, cells: Int, since start: Stamp) {
        let names = keys.map(\.label).joined(separator: " ")
        let total = reduce + render + paint
        let cpu = Self.milliseconds(start.cpu, Self.cpuNow())
        write("key\t\(names)\t" + [reduce, render, paint, total].map { String(format: "%.3f", $0) }.joined(separator: "\t")
              + "\t\(cells)\t" + String(format: "%.3f", cpu))
    }

    /// One effect's run time since `start`, wall and CPU (it is also inside the key's reduce time).
    func effect(_ effect: Effect, since start: Stamp, idle: Bool = false, interrupted: Bool = false) {
        let stop = Stamp()
        let wall = Self.milliseconds(start.wall, stop.wall)
        let cpu = Self.milliseconds(start.cpu, stop.cpu)
        let name: String
        switch effect {
        case .loadRows(let query): name = "loadRows offset=\(query.offset) filter=\(query.filter)" + (query.anchor == nil ? "" : " anchored")
        case .loadCounts(let filter): name = "loadCounts filter=\(filter)"
        case .loadDocument: name = "loadDocument"
        case .setRead: name = "setRead"
        case .setStarred: name = "setStarred"
        case .openSource: name = "openSource"
        case .persistSession: name = "persistSession"
        case .quit: name = "quit"
        }
        write((idle ? "idle\t" : "effect\t") + "\(name)\(interrupted ? " interrupted" : "")\t"
              + String(format: "%.3f\t%.3f", wall, cpu))
    }

    private func write(_ line: String) {
        handle.write(Data((line + "\n").utf8))
    }

    /// How long ago this process started, from its start time in clock ticks since boot.
    static func processAgeMilliseconds() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/self/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // Field 22 of the whole line is the 20th after the command name.
        guard fields.count > 19, let ticks = Double(fields[19]) else { return nil }
        var now = timespec()
        clock_gettime(CLOCK_BOOTTIME, &now)
        let boot = Double(now.tv_sec) * 1000 + Double(now.tv_nsec) / 1_000_000
        return boot - ticks * 1000 / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
