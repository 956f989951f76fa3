import ConformCore
import Foundation

/// A checkout API whose answers change from start to start as a real server's do: random
/// prefixed session ids (`sess_` and 20 base62 characters), a checkout URL that repeats the id,
/// a receipt URL that ends in 40 random hex digits, and a sequential `number` whose order is
/// the order creations arrive in. State lives in memory, one set per start.
enum VolatileServer {
    /// Planted faults, each invisible to a schema.
    enum Fault: Sendable {
        /// `amount` comes back ten times what was sent: a valid integer.
        case amountTimesTen
        /// A completed session accepts an update (200 and a valid session) where the prose
        /// says it is refused with 409.
        case updatesCompletedSession
    }

    /// The seeded session every start has, completed.
    static let completedID = "sess_completed"

    static let spec = """
        openapi: 3.1.0
        info: {title: Volatile checkout, version: "1"}
        paths:
          /sessions:
            post:
              operationId: createSession
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/SessionInput'}
              responses:
                "201":
                  description: created
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Session'}
                "400": {description: invalid, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
          /sessions/{id}:
            parameters:
              - {name: id, in: path, required: true, schema: {type: string, enum: [sess_completed]}}
            get:
              operationId: getSession
              responses:
                "200": {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Session'}}}}
            put:
              operationId: updateSession
              description: A completed session cannot be updated; the server answers 409.
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/SessionInput'}
              responses:
                "200": {description: updated, content: {application/json: {schema: {$ref: '#/components/schemas/Session'}}}}
                "400": {description: invalid, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
                "409": {description: completed, content: {application/json: {schema: {$ref: '#/components/schemas/Error'}}}}
        components:
          schemas:
            SessionInput:
              type: object
              required: [amount]
              properties:
                amount: {type: integer, minimum: 1, maximum: 1000000}
            Session:
              type: object
              required: [id, number, amount, status, url, receipt]
              properties:
                id: {type: string}
                number: {type: integer}
                amount: {type: integer}
                status: {type: string, enum: [open, complete]}
                url: {type: string}
                receipt: {type: string}
            Error:
              type: object
              properties:
                error: {type: string}
        """

    struct Session: Sendable {
        var id: String
        var number: Int
        var amount: Int64
        var status: String
        var receipt: String

        var json: String {
            #"{"id":"\#(id)","number":\#(number),"amount":\#(amount),"status":"\#(status)","url":"https://pay.example/checkout/\#(id)?step=pay","receipt":"https://pay.example/receipts/\#(receipt)"}"#
        }
    }

    /// Starts a fresh server: new ids, numbering from the first session.
    static func start(fault: Fault? = nil) async throws -> TestServer {
        let sessions = LockedBox<[String: Session]>([
            completedID: Session(id: completedID, number: 1, amount: 100, status: "complete", receipt: random("0123456789abcdef", 40))
        ])
        return try await TestServer.start { request in
            let path = request.target.split(separator: "?").first.map(String.init) ?? request.target
            switch (request.method, path) {
            case ("POST", "/sessions"):
                guard let amount = amount(in: request.body) else { return .json(400, #"{"error":"amount must be 1 to 1000000"}"#) }
                var created: Session?
                sessions.update { all in
                    let session = Session(
                        id: "sess_" + random("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 20),
                        number: all.count + 1, amount: fault == .amountTimesTen ? amount * 10 : amount, status: "open",
                        receipt: random("0123456789abcdef", 40))
                    all[session.id] = session
                    created = session
                }
                return .json(201, created!.json, headers: [("Location", "/sessions/\(created!.id)")])
            case ("GET", "/sessions/" + completedID):
                return .json(200, sessions.value[completedID]!.json)
            case ("PUT", "/sessions/" + completedID):
                guard let amount = amount(in: request.body) else { return .json(400, #"{"error":"amount must be 1 to 1000000"}"#) }
                guard fault == .updatesCompletedSession else { return .json(409, #"{"error":"session is complete"}"#) }
                var session = sessions.value[completedID]!
                session.amount = amount
                return .json(200, session.json)
            default:
                return .json(404, #"{"error":"no such session"}"#)
            }
        }
    }

    /// The body's `amount` when the body is an object with an integer amount in range.
    static func amount(in body: [UInt8]) -> Int64? {
        guard let value = try? JSONBodyParser.parse(body), let object = value.objectValue,
            let amount = object["amount"]?.numberValue?.int64Value,
            (1...1_000_000).contains(amount)
        else { return nil }
        return amount
    }

    static func random(_ alphabet: String, _ count: Int) -> String {
        let characters = Array(alphabet)
        return String((0..<count).map { _ in characters.randomElement()! })
    }
}
