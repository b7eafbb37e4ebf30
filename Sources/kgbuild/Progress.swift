import Foundation
import KGBuildCore
import KGBuildCache

/// A one-line progress bar on standard error (`[#####.....] 42% 1,234 articles 850/s ETA 0:12`), only when
/// standard error is a terminal and not `--quiet`; redrawn at most five times a second, erased at the end.
final class ProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var drawn = false

    static func forStandardError(quiet: Bool) -> ProgressBar? {
        if quiet || isatty(2) == 0 { return nil }
        if ProcessInfo.processInfo.environment["TERM"] == "dumb" { return nil }
        return ProgressBar()
    }

    func update(_ p: RunProgress) {
        let fraction = p.totalBytes > 0 ? min(1, Double(p.bytesRead) / Double(p.totalBytes)) : 0
        let width = 24
        let filled = Int(fraction * Double(width))
        let rate = p.elapsed > 0 ? Double(p.articles) / p.elapsed : 0
        var eta = "--:--"
        if fraction > 0.01, p.elapsed > 0.5 {
            let left = Int((p.elapsed / fraction - p.elapsed).rounded())
            eta = String(format: "%d:%02d", left / 60, left % 60)
        }
        let line = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + String(format: "%3d%% %d articles %.0f/s ETA %@", Int(fraction * 100), p.articles, rate, eta)
        lock.lock(); defer { lock.unlock() }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }
}

extension KGBuild {
    /// The extraction cache at `dir` (default `ExtractionCache.defaultDirectory()`); a cache that cannot be
    /// opened is reported and the run goes on without it.
    static func openCache(_ dir: String?, ontology: Ontology, unnamedSources: Bool) -> ExtractionCache? {
        let path = dir ?? ExtractionCache.defaultDirectory()
        do {
            return try ExtractionCache(directory: path, ontology: ontology, includeUnnamedSources: unnamedSources,
                                       salt: executableIdentity())
        } catch {
            FileHandle.standardError.write(Data("kgbuild: cache \(path) not used: \(error)\n".utf8))
            return nil
        }
    }

    /// Size and modification time of the running executable: a rebuilt kgbuild (whose rules may differ)
    /// never reads what an older one cached.
    static func executableIdentity() -> String {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return "kgbuild 0.2.0" }
        return "exe:\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }
}

/// Wall time, CPU time (user and system, all threads), page faults and memory (resident now, peak so
/// far) per phase on standard error when `KGBUILD_TIMINGS` is set: what the benchmark and a profiling
/// session want to see; silent otherwise.
final class PhaseTimer {
    private let enabled = ProcessInfo.processInfo.environment["KGBUILD_TIMINGS"] != nil
    private var last = Date()
    private var lastUsage = rusage()

    init() { getrusage(RUSAGE_SELF.rawValue, &lastUsage) }

    func lap(_ phase: String) {
        guard enabled else { return }
        let now = Date()
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        let cpu = String(format: "; CPU %.2f s user, %.2f s system; %d page faults",
                         seconds(usage.ru_utime) - seconds(lastUsage.ru_utime), seconds(usage.ru_stime) - seconds(lastUsage.ru_stime),
                         Int(usage.ru_minflt + usage.ru_majflt - lastUsage.ru_minflt - lastUsage.ru_majflt))
        lastUsage = usage
        var memory = ""
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
            func field(_ name: String) -> String? {
                status.split(separator: "\n").first { $0.hasPrefix(name + ":") }.map {
                    $0.dropFirst(name.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map { String(Int($0).map { $0 / 1024 } ?? 0) + " MB" } ?? ""
                }
            }
            memory = "; RSS \(field("VmRSS") ?? "?"), peak \(field("VmHWM") ?? "?")"
        }
        FileHandle.standardError.write(Data("kgbuild: \(phase): \(String(format: "%.3f", now.timeIntervalSince(last))) s\(cpu)\(memory)\n".utf8))
        last = now
    }
}
