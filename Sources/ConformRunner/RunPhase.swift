/// One of the two passes a run sends its cases in: the requests that change nothing first,
/// so that no read sees how many writes concurrency let through before it.
enum RunPhase: CaseIterable, Sendable {
    /// GET, HEAD and OPTIONS requests.
    case reads
    /// Every other method.
    case writes

    /// The phase a request with `method` is sent in.
    init(method: String) {
        self = ["GET", "HEAD", "OPTIONS"].contains(method) ? .reads : .writes
    }
}
