#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Writes a file so readers see either the old or the complete new content, never a partial one:
/// a temporary file in the same directory (`.NAME.tmp.PID.RANDOM`), written and fsynced, then
/// renamed over the target. On any failure the temporary file is removed and a `FileWriteError`
/// names the path and the reason.
public enum AtomicFileWriter {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { append in try append(bytes) }
    }

    /// Streams a file: `produce` hands its pieces, in order, to the `append` it is given; the file
    /// appears at `path` only once `produce` has returned, and not at all when it throws.
    public static func write(to path: String, _ produce: (_ append: ([UInt8]) throws -> Void) throws -> Void) throws {
        let (directory, name) = try split(path)
        let tempPath = temporaryPath(directory: directory, name: name)
        let fd = open(tempPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if fd < 0 {
            throw FileWriteError(path: path, operation: "create temporary file \(tempPath)", code: errno)
        }
        var ok = false
        defer {
            if !ok { unlink(tempPath) }
        }
        let flush = EarlyFlush(fd)
        do {
            try produce { bytes in
                try writeAll(fd, bytes, path: path)
                flush.wrote(bytes.count)
            }
            if let e = flush.finish() {
                close(fd)
                throw FileWriteError(path: path, operation: "fsync", code: e)
            }
            // Keep the permissions of a file being replaced (the new file has umask defaults).
            var st = stat()
            if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG {
                _ = fchmod(fd, st.st_mode & 0o7777)
            }
            if fsync(fd) != 0 {
                let e = errno
                close(fd)
                throw FileWriteError(path: path, operation: "fsync", code: e)
            }
        } catch {
            _ = flush.finish()
            close(fd)
            throw error
        }
        if close(fd) != 0 {
            throw FileWriteError(path: path, operation: "close", code: errno)
        }
        if rename(tempPath, path) != 0 {
            throw FileWriteError(path: path, operation: "rename \(tempPath) to it", code: errno)
        }
        ok = true
        // Make the rename itself durable; failure here does not undo a completed write.
        let dfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dfd >= 0 {
            _ = fsync(dfd)
            close(dfd)
        }
    }

    /// Fails early, before any work, when `path` could not be written: its directory does not exist,
    /// is not a directory or is not writable, or `path` itself is a directory. Probes by creating
    /// and removing a temporary file, which also catches read-only file systems and root's
    /// permission bypass that `access` cannot see.
    public static func checkWritable(path: String) throws {
        let (directory, name) = try split(path)
        var st = stat()
        if stat(directory, &st) != 0 {
            throw FileWriteError(path: path, operation: "check directory \(directory)", code: errno)
        }
        if (st.st_mode & S_IFMT) != S_IFDIR {
            throw FileWriteError(path: path, operation: "check directory \(directory)", code: ENOTDIR)
        }
        if stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            throw FileWriteError(path: path, operation: "check target", code: EISDIR)
        }
        let probe = temporaryPath(directory: directory, name: name)
        let fd = open(probe, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if fd < 0 {
            throw FileWriteError(path: path, operation: "create a file in \(directory)", code: errno)
        }
        close(fd)
        unlink(probe)
    }

    /// Directory (without trailing slash, "." when none) and file name of `path`.
    static func split(_ path: String) throws -> (directory: String, name: String) {
        if path.isEmpty {
            throw FileWriteError(path: path, operation: "parse path", code: ENOENT)
        }
        if path.hasSuffix("/") || path.utf8.contains(0) {
            throw FileWriteError(path: path, operation: "parse path", code: path.hasSuffix("/") ? EISDIR : EINVAL)
        }
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let name = String(path[path.index(after: slash)...])
        var directory = String(path[..<slash])
        if directory.isEmpty { directory = "/" }
        if name == "." || name == ".." {
            throw FileWriteError(path: path, operation: "parse path", code: EISDIR)
        }
        return (directory, name)
    }

    /// `.NAME.tmp.PID.RANDOM` next to the target.
    static func temporaryPath(directory: String, name: String) -> String {
        (directory.hasSuffix("/") ? directory : directory + "/") + "." + name + ".tmp." + String(getpid()) + "." + randomSuffix()
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw FileWriteError(path: path, operation: "write", code: errno)
                }
                if n == 0 { throw FileWriteError(path: path, operation: "write", code: EIO) }
                offset += n
            }
        }
    }

    private static func randomSuffix() -> String {
        let n = UInt64.random(in: 0...UInt64.max)
        let s = String(n, radix: 36)
        return String(repeating: "0", count: max(0, 13 - s.count)) + s
    }
}

/// Sends a big file's pages to the disk while the rest of it is produced (`fdatasync` on a thread of its
/// own once 8 MB more are written and the last flush is done), so the final `fsync` waits for the last
/// part only: it waited 40-60 ms for the 140 MB GraphML of a 10 MB corpus, at the end of the run.
private final class EarlyFlush: @unchecked Sendable {
    private static let step = 8 << 20
    private let fd: Int32
    private let queue = DispatchQueue(label: "kgbuild.flush")
    /// Taken while a flush is queued or running: one at a time, each covering all that was written before it.
    private let idle = DispatchSemaphore(value: 1)
    /// Bytes written since the last flush was sent (the writing thread's).
    private var unflushed = 0
    /// The first error of a flush (the queue's): the kernel reports a write error to one sync call only.
    private var failure: Int32?

    init(_ fd: Int32) { self.fd = fd }

    func wrote(_ n: Int) {
        unflushed += n
        guard unflushed >= Self.step, idle.wait(timeout: .now()) == .success else { return }
        unflushed = 0
        queue.async { [self] in
            #if os(Linux)
            let r = fdatasync(fd)
            #else
            let r = fsync(fd)
            #endif
            if r != 0, failure == nil { failure = errno }
            idle.signal()
        }
    }

    /// Waits for the flush sent, if any; gives the errno of the first one that failed.
    func finish() -> Int32? { queue.sync { failure } }
}

@inline(__always)
private func posixWrite(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    write(fd, p, n)
}

/// A file could not be written; `description` says which path, what step and why (strerror).
public struct FileWriteError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    public var operation: String
    public var code: Int32

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    public var reason: String {
        guard let p = strerror(code) else { return "error \(code)" }
        return String(cString: p)
    }

    public var description: String { "cannot write '\(path)': \(operation) failed: \(reason)" }
}

extension GraphExporter {
    /// Exports `graph` and writes it atomically to `path`, on up to `jobs` threads.
    public func write(_ graph: KnowledgeGraph, to path: String, jobs: Int = 1) throws {
        try AtomicFileWriter.write(to: path) { append in try export(graph, jobs: jobs, to: append) }
    }
}
