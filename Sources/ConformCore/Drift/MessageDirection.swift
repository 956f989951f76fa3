/// Which way a value travels: a client sends requests and reads responses, so narrowing a
/// request and widening a response are the changes that break it.
public enum MessageDirection: String, Sendable, Hashable, Comparable {
    case request, response

    public static func < (lhs: MessageDirection, rhs: MessageDirection) -> Bool {
        lhs == .request && rhs == .response
    }
}
