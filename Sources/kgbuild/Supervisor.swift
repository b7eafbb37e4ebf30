import ArgumentParser
import Foundation
import KGBuildCore

/// Runs `kgbuild build` in a child process (this executable again, marked by `KGBUILD_CRASH_NOTE`), so
/// that an internal error on one article costs that article, not the run: when the child dies of a
/// crash and its note names the article it was analysing, the child runs again with that article in
/// its skip list (`KGBUILD_SKIP`), where it is reported as unreadable input; the cache keeps what the
/// crashed run analysed. The parent only parses the arguments: the ontology is the child's to load.
/// `KGBUILD_NO_SUPERVISOR=1` runs the command in this process (a debugger, valgrind).
enum Supervisor {
    /// Articles skipped before the run gives up.
    static let maxSkipped = 20

    /// Supervises the command when it is `build` and this process is not already a child; returns
    /// otherwise (the command then runs here).
    static func superviseIfBuild() {
        let env = ProcessInfo.processInfo.environment
        guard env[CrashGuard.noteVariable] == nil, env["KGBUILD_NO_SUPERVISOR"] == nil,
              let build = (try? KGBuildTool.parseAsRoot()) as? KGBuild else { return }
        exit(supervise(readsStandardInput: build.input.inputs.contains("-"), output: build.file.output))
    }

    nonisolated(unsafe) private static var child: pid_t = 0

    private static func supervise(readsStandardInput: Bool, output: String?) -> Int32 {
        var template = Array((NSTemporaryDirectory() + "kgbuild-guard-XXXXXX").utf8CString)
        guard mkdtemp(&template) != nil else { return cannotSupervise("cannot create a temporary folder (\(String(cString: strerror(errno))))") }
        let dir = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let note = dir + "/note", skip = dir + "/skip"
        // Standard input cannot be read twice: it is kept in a file that each child reads from the start.
        var spool: String? = nil
        if readsStandardInput {
            spool = dir + "/stdin"
            guard copyStandardInput(to: spool!) else { return cannotSupervise("cannot keep standard input (\(String(cString: strerror(errno))))") }
        }
        for sig in [SIGINT, SIGTERM, SIGHUP] {
            signal(sig) { s in if Supervisor.child > 0 { kill(Supervisor.child, s) } }
        }
        var skipped: [CrashGuard.Skipped] = []
        var environment = ProcessInfo.processInfo.environment
        environment[CrashGuard.noteVariable] = note
        // the child's crash is reported here in one line; Swift's backtrace of it only when asked for
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        while true {
            _ = FileManager.default.createFile(atPath: note, contents: nil)
            let status = spawn(environment, stdin: spool)
            guard let status else { return cannotSupervise("cannot start a child process (\(String(cString: strerror(errno))))") }
            if status.signal == 0 { return status.exit }
            if let output, output != "-" { removeTemporaryFiles(of: status.pid, writing: output) }
            let sig = status.signal
            let named = (FileManager.default.contents(atPath: note) ?? Data()).split(separator: 0).first.flatMap { CrashGuard.Skipped(note: Array($0)) }
            guard CrashGuard.signals.contains(sig), let article = named else {
                // (a closed pipe, `kgbuild ... | head`, is no news)
                if sig != SIGPIPE {
                    say(CrashGuard.signals.contains(sig) ? "internal error (signal \(sig)) outside the analysis of an article; stopped"
                                                         : "stopped by signal \(sig)")
                }
                return 128 + sig
            }
            if skipped.contains(article) {   // the skip list did not reach it: another try would end the same way
                say("internal error (signal \(sig)) again while analysing \(article.path), article \(article.index + 1), which was to be skipped; giving up")
                return 70
            }
            if skipped.count == maxSkipped {
                say("internal error (signal \(sig)) while analysing \(article.path), article \(article.index + 1), after skipping \(maxSkipped) articles for the same reason; giving up (a bug in kgbuild; please report it with these articles)")
                return 70
            }
            say("internal error (signal \(sig)) while analysing \(article.path), article \(article.index + 1); reading again without it")
            skipped.append(article)
            var list = Data()
            for s in skipped { list.append(Data("\(s.index)\t\(s.path)\0".utf8)) }
            guard FileManager.default.createFile(atPath: skip, contents: list) else { return cannotSupervise("cannot write \(skip)") }
            environment[CrashGuard.skipVariable] = skip
        }
    }

    /// Runs this executable again with `environment`, standard input from `stdin` when given; its exit
    /// status, or the signal that ended it; nil when it could not be started.
    private static func spawn(_ environment: [String: String], stdin: String?) -> (exit: Int32, signal: Int32, pid: pid_t)? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if let stdin { posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0) }
        let argv = CommandLine.arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for p in argv + envp { free(p) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/proc/self/exe", &actions, nil, argv, envp) == 0 else { return nil }
        child = pid
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        child = 0
        // (WIFEXITED and WTERMSIG are macros Swift does not import)
        let sig = status & 0x7f
        return sig == 0 ? ((status >> 8) & 0xff, 0, pid) : (0, sig, pid)
    }

    /// A child killed while writing leaves its `AtomicFileWriter` temporary file (`.NAME.tmp.PID.RANDOM`)
    /// beside the output, or in it for a folder format: removed, whatever comes next.
    private static func removeTemporaryFiles(of pid: pid_t, writing output: String) {
        let fm = FileManager.default
        let parent = (output as NSString).deletingLastPathComponent
        for dir in [parent.isEmpty ? "." : parent, output] {
            for name in (try? fm.contentsOfDirectory(atPath: dir)) ?? [] where name.hasPrefix(".") && name.contains(".tmp.\(pid).") {
                try? fm.removeItem(atPath: dir + "/" + name)
            }
        }
    }

    private static func copyStandardInput(to path: String) -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n == 0 { return true }
            if n < 0 { if errno == EINTR { continue }; return false }
            var done = 0
            while done < n {
                let w = buffer.withUnsafeBytes { write(fd, $0.baseAddress! + done, n - done) }
                if w < 0 { if errno == EINTR { continue }; return false }
                done += w
            }
        }
    }

    private static func say(_ message: String) {
        FileHandle.standardError.write(Data("kgbuild: \(message)\n".utf8))
    }

    /// The supervisor cannot work: says why and returns the status for running without it.
    private static func cannotSupervise(_ why: String) -> Int32 {
        say("\(why); run with KGBUILD_NO_SUPERVISOR=1 to build without the crash guard")
        return 70
    }
}
