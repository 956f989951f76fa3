import Foundation
import Hummingbird

/// Gr4vy's checkout-session operations, bearer-authenticated.
struct Gr4vyAPI: Sendable {
    let fault: Fault?
    let store = Gr4vySessionStore()

    /// Gr4vy's error object: `{type: "error", code, status, message, details}`.
    static func error(
        _ status: HTTPResponse.Status, code: String, message: String, details: [RequestValidationError] = []
    ) -> Response {
        let details: [JSONValue] = details.map { detail in
            .object(
                JSONObject([
                    ("location", .string("body")),
                    ("pointer", .string(detail.pointer)),
                    ("message", .string(detail.message)),
                    ("type", .string("value_error")),
                ]))
        }
        return .json(
            status,
            .object(
                JSONObject([
                    ("type", .string("error")),
                    ("code", .string(code)),
                    ("status", .int(status.code)),
                    ("message", .string(message)),
                    ("details", .array(details)),
                ])))
    }

    private static var unauthorized: Response {
        error(.unauthorized, code: "unauthorized", message: "No valid API authentication found")
    }

    private static var notFound: Response {
        error(.notFound, code: "not_found", message: "The resource could not be found")
    }

    private static func malformed(_ error: RequestBody.Malformed) -> Response {
        Self.error(.badRequest, code: "bad_request", message: error.message)
    }

    private static func invalid(_ error: RequestValidationError) -> Response {
        Self.error(.badRequest, code: "bad_request", message: "Request failed validation", details: [error])
    }

    func newCheckoutSession(_ request: Request) async -> Response {
        guard Credentials.hasBearerToken(request) else { return Self.unauthorized }
        let body: JSONValue
        do throws(RequestBody.Malformed) {
            let bytes = try await RequestBody.bytes(request)
            body = try RequestBody.json(fault == .gr4vyTrailingCommaAccepted ? Self.droppingTrailingCommas(bytes) : bytes)
        } catch {
            return Self.malformed(error)
        }
        if fault == .gr4vyNullCartItemsCrash, case .object(let object) = body, object["cart_items"] == .null {
            return Self.error(.internalServerError, code: "server_error", message: "The server encountered an error")
        }
        let create: Gr4vyCheckoutSessionCreate
        do throws(RequestValidationError) {
            create = try Gr4vyCheckoutSessionCreate(body: body, fault: fault)
        } catch {
            return Self.invalid(error)
        }
        let session = Gr4vyCheckoutSession(id: UUID().uuidString.lowercased(), createdAt: Date(), request: create)
        store.insert(session)
        return .json(fault == .gr4vyCreateReturns200 ? .ok : .created, session.json())
    }

    func getCheckoutSession(_ request: Request, id: String) -> Response {
        let session = store.session(id: id.lowercased())
        // The planted bug looks the session up first and never checks credentials.
        if fault == .gr4vyReadSkipsAuthForExisting, session == nil { return Self.notFound }
        guard fault == .gr4vyReadSkipsAuthForExisting || Credentials.hasBearerToken(request) else {
            return Self.unauthorized
        }
        guard let session else { return Self.notFound }
        return .json(.ok, session.json(omittingExpiresAt: fault == .gr4vyExpiresAtMissing))
    }

    func deleteCheckoutSession(_ request: Request, id: String) -> Response {
        guard Credentials.hasBearerToken(request) else { return Self.unauthorized }
        let id = id.lowercased()
        if fault == .gr4vyDeleteKeepsSession {
            return store.session(id: id) == nil ? Self.notFound : .empty(.noContent)
        }
        if fault == .gr4vyDeleteAnswersDeleted, store.wasRemoved(id: id) { return .empty(.noContent) }
        return store.remove(id: id) ? .empty(.noContent) : Self.notFound
    }

    func updateCheckoutSessionFields(_ request: Request, id: String) async -> Response {
        guard Credentials.hasBearerToken(request) else { return Self.unauthorized }
        let id = id.lowercased()
        // The faulty handler decodes the payment method before it looks the session up.
        let known = store.session(id: id) != nil
        guard known || fault == .gr4vyClickToPayCrash else { return Self.notFound }
        let body: JSONValue
        do throws(RequestBody.Malformed) {
            body = try await RequestBody.json(request)
        } catch {
            return Self.malformed(error)
        }
        if fault == .gr4vyClickToPayCrash {
            if case .object(let object) = body, case .object(let method)? = object["payment_method"],
                method["method"] == .string("click-to-pay")
            {
                return Self.error(.internalServerError, code: "server_error", message: "The server encountered an error")
            }
            guard known else { return Self.notFound }
        }
        let fields: Gr4vySecureFields
        do throws(RequestValidationError) {
            fields = try Gr4vySecureFields(body: body)
        } catch {
            return Self.invalid(error)
        }
        return store.setPaymentMethod(fields.paymentMethod, id: id) ? .empty(.noContent) : Self.notFound
    }

    /// The lenient parser of `gr4vy-trailing-comma-accepted`: every `,` that only white
    /// space separates from a closing `}` or `]` is dropped (strings are not looked into).
    private static func droppingTrailingCommas(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        for byte in bytes {
            if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]"),
                let comma = result.lastIndex(where: { ![0x20, 0x0A, 0x0D, 0x09].contains($0) }),
                result[comma] == UInt8(ascii: ",")
            {
                result.remove(at: comma)
            }
            result.append(byte)
        }
        return result
    }
}
