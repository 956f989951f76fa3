import Hummingbird

/// Routes every operation of the four specs, on the paths exactly as the specs write them.
///
/// Hand-written rather than Hummingbird's `Router` so that Quaderno's `{id}.json` segments,
/// 405s with `Allow`, and JSON 404s for unknown routes are all under the sandbox's control.
struct SandboxResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let stripe: StripeAPI
    let gr4vy: Gr4vyAPI
    let dodo: DodoAPI
    let quaderno: QuadernoAPI

    init(fault: Fault?) {
        stripe = StripeAPI(fault: fault)
        gr4vy = Gr4vyAPI(fault: fault)
        dodo = DodoAPI(fault: fault)
        quaderno = QuadernoAPI(fault: fault)
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        let segments = request.uri.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        let method = request.method
        switch Array(segments) {
        case ["checkout"]:
            guard method == .post else { return Self.notAllowed(request, allow: "POST") }
            return await stripe.createCheckoutSession(request)
        case ["checkout", "sessions"]:
            guard method == .post else { return Self.notAllowed(request, allow: "POST") }
            return await gr4vy.newCheckoutSession(request)
        case let path where path.count == 3 && path[0] == "checkout" && path[1] == "sessions":
            switch method {
            case .get: return gr4vy.getCheckoutSession(request, id: String(path[2]))
            case .delete: return gr4vy.deleteCheckoutSession(request, id: String(path[2]))
            default: return Self.notAllowed(request, allow: "GET, DELETE")
            }
        case let path where path.count == 4 && path[0] == "checkout" && path[1] == "sessions" && path[3] == "fields":
            guard method == .put else { return Self.notAllowed(request, allow: "PUT") }
            return await gr4vy.updateCheckoutSessionFields(request, id: String(path[2]))
        case ["checkouts"]:
            guard method == .post else { return Self.notAllowed(request, allow: "POST") }
            return await dodo.createCheckoutSession(request)
        case ["api", "checkout", "sessions.json"]:
            switch method {
            case .get: return quaderno.listCheckoutSessions(request)
            case .post: return await quaderno.createCheckoutSession(request)
            default: return Self.notAllowed(request, allow: "GET, POST")
            }
        case let path where path.count == 4 && path[0] == "api" && path[1] == "checkout" && path[2] == "sessions"
            && path[3].hasSuffix(".json"):
            switch method {
            case .get: return quaderno.retrieveCheckoutSession(request, segment: path[3])
            case .put: return await quaderno.updateCheckoutSession(request, segment: path[3])
            default: return Self.notAllowed(request, allow: "GET, PUT")
            }
        default:
            return Self.routeError(.notFound, "No route for \(method.rawValue) \(request.uri.path)")
        }
    }

    /// The sandbox's own error shape for requests that reach no operation.
    private static func routeError(_ status: HTTPResponse.Status, _ message: String, headers: HTTPFields = [:]) -> Response {
        .json(status, .object(JSONObject([("error", .string(status.reasonPhrase)), ("message", .string(message))])), headers: headers)
    }

    private static func notAllowed(_ request: Request, allow: String) -> Response {
        var headers: HTTPFields = [:]
        headers[.allow] = allow
        return routeError(
            .methodNotAllowed, "\(request.method.rawValue) is not allowed on \(request.uri.path)", headers: headers)
    }
}
