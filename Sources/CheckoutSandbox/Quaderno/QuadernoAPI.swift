import Hummingbird

/// Quaderno's checkout-session operations under `/api`, with HTTP basic auth.
struct QuadernoAPI: Sendable {
    let fault: Fault?
    let store = QuadernoSessionStore()

    /// Quaderno's error shape, `{"error": message}`.
    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        .json(status, .object(JSONObject([("error", .string(message))])))
    }

    private var unauthorized: Response {
        let status: HTTPResponse.Status = fault == .quadernoForbiddenNot401 ? .forbidden : .unauthorized
        var response = Self.error(status, "Invalid API key: use it as the user name and x as the password")
        response.headers[.wwwAuthenticate] = #"Basic realm="Quaderno API""#
        return response
    }

    private static var notFound: Response {
        error(.notFound, "Checkout session not found")
    }

    /// The id of `/checkout/sessions/{id}.json`: a positive integer, or nil (answered 404).
    static func sessionID(_ segment: Substring) -> Int64? {
        guard segment.hasSuffix(".json"), let id = Int64(segment.dropLast(5)), id > 0 else { return nil }
        return id
    }

    /// A request body read and validated, or the error response that refuses it.
    private enum BodyOutcome {
        case valid(QuadernoSessionInput)
        case refused(Response)
    }

    private func readInput(_ request: Request, creating: Bool) async -> BodyOutcome {
        let body: JSONValue
        do throws(RequestBody.Malformed) {
            body = try await RequestBody.json(request)
        } catch {
            if fault == .quadernoTruncatedJSON500, creating, error.endedEarly {
                return .refused(Self.error(.internalServerError, "Internal server error"))
            }
            return .refused(Self.error(.badRequest, error.message))
        }
        do throws(RequestValidationError) {
            return .valid(try QuadernoSessionInput(body: body, creating: creating, fault: fault))
        } catch {
            return .refused(Self.error(.unprocessableContent, error.description))
        }
    }

    func listCheckoutSessions(_ request: Request) -> Response {
        guard Credentials.hasBasicCredentials(request) else { return unauthorized }
        let status = request.uri.queryParameters["status"].map(String.init)
        if fault == .quadernoStatusHeaderNewline, let status, status.contains(where: { $0 == "\r" || $0 == "\n" }) {
            // The echo header is written before the filter is checked; the write refuses the newline.
            return Self.error(.internalServerError, "Header values must not contain newline characters")
        }
        if let status, !QuadernoSessionInput.statuses.contains(status) {
            let message = "status: \"\(status)\" is not an allowed value"
            return Self.error(fault == .quadernoInvalidStatus400 ? .badRequest : .unprocessableContent, message)
        }
        return .json(.ok, .array(store.list(status: status).map(\.json)))
    }

    func createCheckoutSession(_ request: Request) async -> Response {
        guard Credentials.hasBasicCredentials(request) else { return unauthorized }
        let input: QuadernoSessionInput
        switch await readInput(request, creating: true) {
        case .valid(let valid): input = valid
        case .refused(let response): return response
        }
        let session = store.create(input)
        var headers: HTTPFields = [:]
        if fault != .quadernoMissingLocation {
            headers[.location] = "/api/checkout/sessions/\(session.id).json"
        }
        return .json(.created, session.json, headers: headers)
    }

    func retrieveCheckoutSession(_ request: Request, segment: Substring) -> Response {
        guard Credentials.hasBasicCredentials(request) else { return unauthorized }
        guard let id = Self.sessionID(segment), let session = store.session(id: id) else {
            return Self.notFound
        }
        guard fault == .quadernoUpdateCorruptsRead, session.updates > 0, case .object(var json) = session.json else {
            return .json(.ok, session.json)
        }
        json.members = json.members.map { $0.key == "id" ? ("id", .string(String(id))) : $0 }
        return .json(.ok, .object(json))
    }

    func updateCheckoutSession(_ request: Request, segment: Substring) async -> Response {
        guard Credentials.hasBasicCredentials(request) else { return unauthorized }
        guard let id = Self.sessionID(segment), store.session(id: id) != nil else {
            return Self.notFound
        }
        let input: QuadernoSessionInput
        switch await readInput(request, creating: false) {
        case .valid(let valid): input = valid
        case .refused(let response): return response
        }
        let anyStatus = fault == .quadernoUpdatesAnyStatus
        switch store.update(id: id, with: input, allowed: { anyStatus || $0.status == "pending" }) {
        case .updated(let session):
            return .json(.ok, session.json)
        case .refused(let session):
            return Self.error(
                .unprocessableContent, "Only pending sessions can be updated; session \(id) is \(session.status)")
        case .notFound:
            return Self.notFound
        }
    }
}
