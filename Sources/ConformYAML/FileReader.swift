#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a whole file with POSIX calls, so failures carry the OS's own reason (`strerror`).
public enum FileReader {
    /// The bytes of the file at `path`; a failure is an `io.read` error without a position.
    public static func contents(of path: String) throws(LoadError) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw failure(path, errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure(path, errno) }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw failure(path, EISDIR) }
        // st_size is only a hint (pipes and /proc report 0): read until end of file.
        var chunk = [UInt8](repeating: 0, count: max(Int(info.st_size) + 1, 1 << 16))
        var bytes: [UInt8] = []
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, errno)
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> LoadError {
        LoadError.unreadable(path, reason: String(cString: strerror(code)))
    }
}
