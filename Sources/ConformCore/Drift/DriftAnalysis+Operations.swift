extension DriftAnalysis {
    /// The place that stands for a whole operation.
    static func place(_ operation: Operation, _ direction: MessageDirection, _ subject: String) -> Change.Place {
        Change.Place(
            operation: operation.id, method: operation.method, path: operation.path, direction: direction,
            subject: subject, pointer: .root)
    }

    func compareOperations() {
        let newByShape = Dictionary(
            new.document.operations.map { ("\($0.method) \(PathTemplate($0.path).shape)", $0) }, uniquingKeysWith: { a, _ in a })
        let newShapes = Set(new.document.operations.map { PathTemplate($0.path).shape })
        var matched = Set<String>()
        for operation in old.document.operations {
            let key = "\(operation.method) \(PathTemplate(operation.path).shape)"
            guard let counterpart = newByShape[key] else {
                let place = Self.place(operation, .request, "operation")
                // A request the old version accepts; the new one has no operation to take it.
                var request = JSONObject([
                    ("method", .string(operation.method.wireName)), ("path", .string(operation.path)),
                ])
                for (key, value) in sampleRequest(operation) { request[key] = value }
                let witness = Witness(subject: "request", operation: operation.id, value: .object(request))
                if newShapes.contains(PathTemplate(operation.path).shape) {
                    record(.operationRemoved, "\(operation.method.wireName) \(operation.path) removed",
                        old: operation.pointer, new: nil, place: place, witness: witness)
                } else {
                    let pathItem = DocumentPointer(file: operation.pointer.file, pointer: operation.pointer.pointer.parent)
                    record(.pathRemoved, "path \(operation.path) removed", old: pathItem, new: nil, place: place,
                        witness: witness)
                }
                continue
            }
            matched.insert(key)
            compare(operation, counterpart)
        }
        for operation in new.document.operations where !matched.contains("\(operation.method) \(PathTemplate(operation.path).shape)") {
            record(.operationAdded, "\(operation.method.wireName) \(operation.path) added", old: nil,
                new: operation.pointer, place: Self.place(operation, .request, "operation"))
        }
    }

    private func compare(_ o: Operation, _ n: Operation) {
        let place = Self.place(n, .request, "operation")
        if !o.deprecated && n.deprecated {
            record(.operationDeprecated, "\(n.method.wireName) \(n.path) deprecated", old: o.pointer,
                new: n.pointer.appending("deprecated"), place: place)
        }
        if let before = o.operationId, let after = n.operationId, before != after {
            record(.operationIdChanged, "operationId changed from '\(before)' to '\(after)'",
                old: o.pointer.appending("operationId"), new: n.pointer.appending("operationId"), place: place)
        }
        compareSecurity(o, n)
        compareParameters(o, n)
        compareRequestBodies(o, n)
        compareResponses(o, n)
    }

    // MARK: Security

    private func compareSecurity(_ o: Operation, _ n: Operation) {
        // Each alternative is a set of scheme names; an empty list needs no credentials.
        let before = o.security.isEmpty ? [[]] : o.security.map { $0.schemes.map(\.name) }
        let after = n.security.isEmpty ? [[]] : n.security.map { $0.schemes.map(\.name) }
        func satisfies(_ credentials: [String], _ alternatives: [[String]]) -> Bool {
            alternatives.contains { $0.allSatisfy(credentials.contains) }
        }
        let place = Self.place(n, .request, "security")
        let oldAt = o.security.isEmpty ? o.pointer : o.pointer.appending("security")
        let newAt = n.security.isEmpty ? n.pointer : n.pointer.appending("security")
        if let refused = before.first(where: { !satisfies($0, after) }) {
            var request = sampleRequest(o)
            request["credentials"] = .array(refused.map { .string($0) })
            let accepted = old.validator.acceptsRequest(.object(request), for: o)
                && !new.validator.acceptsRequest(.object(request), for: n)
            record(.securityAdded, "security now requires \(Self.describe(after))", old: oldAt, new: newAt,
                place: place, witness: accepted ? Witness(subject: "request", operation: n.id, value: .object(request)) : nil)
        }
        if after.contains(where: { !satisfies($0, before) }) {
            record(.securityRemoved, "security relaxed from \(Self.describe(before)) to \(Self.describe(after))",
                old: oldAt, new: newAt, place: place)
        }
    }

    private static func describe(_ alternatives: [[String]]) -> String {
        alternatives.map { $0.isEmpty ? "none" : $0.joined(separator: " + ") }.joined(separator: " or ")
    }

    // MARK: Parameters

    /// Path parameters match by position in the template (renames are not changes), the
    /// others by location and name (header names ignoring case).
    private func counterpart(of parameter: Parameter, in operation: Operation, from source: Operation) -> Parameter? {
        if parameter.location == .path {
            let names = PathTemplate(source.path).parameters
            let others = PathTemplate(operation.path).parameters
            guard let index = names.firstIndex(of: parameter.name), index < others.count else { return nil }
            return operation.parameters.first { $0.location == .path && $0.name == others[index] }
        }
        return operation.parameters.first {
            $0.location == parameter.location
                && ($0.location == .header
                    ? $0.name.caseInsensitiveCompare(parameter.name) == .orderedSame : $0.name == parameter.name)
        }
    }

    private func compareParameters(_ o: Operation, _ n: Operation) {
        for parameter in n.parameters {
            let subject = "\(parameter.location.rawValue) parameter \(parameter.name)"
            let place = Self.place(n, .request, subject)
            guard let before = counterpart(of: parameter, in: o, from: n) else {
                if parameter.required {
                    let request = sampleRequest(o)
                    let proven = old.validator.acceptsRequest(.object(request), for: o)
                        && !new.validator.acceptsRequest(.object(request), for: n)
                    record(.requestParameterAddedRequired, "new required \(subject)", old: o.pointer,
                        new: parameter.pointer, place: place,
                        witness: proven ? Witness(subject: "request", operation: n.id, value: .object(request)) : nil)
                } else {
                    record(.requestParameterAdded, "new optional \(subject)", old: o.pointer, new: parameter.pointer,
                        place: place)
                }
                continue
            }
            if parameter.required && !before.required {
                let request = sampleRequest(o)
                let proven = old.validator.acceptsRequest(.object(request), for: o)
                    && !new.validator.acceptsRequest(.object(request), for: n)
                record(.requestParameterBecameRequired, "\(subject) is now required", old: before.pointer,
                    new: parameter.pointer, place: place,
                    witness: proven ? Witness(subject: "request", operation: n.id, value: .object(request)) : nil)
            }
            if parameter.deprecated && !before.deprecated {
                record(.requestParameterDeprecated, "\(subject) deprecated", old: before.pointer,
                    new: parameter.pointer, place: place)
            }
            // A parameter with `content` is serialized as its media type, which can carry null.
            addRoot(place, old: before.schema, new: parameter.schema, carriesNull: parameter.contentType != nil,
                parameters: (before, parameter))
        }
        for parameter in o.parameters where counterpart(of: parameter, in: n, from: o) == nil {
            let subject = "\(parameter.location.rawValue) parameter \(parameter.name)"
            record(.requestParameterRemoved, "\(subject) removed", old: parameter.pointer, new: n.pointer,
                place: Self.place(n, .request, subject))
        }
    }

    // MARK: Request bodies

    private func compareRequestBodies(_ o: Operation, _ n: Operation) {
        let before = o.requestBody?.content ?? []
        let after = n.requestBody?.content ?? []
        let oldAt = o.requestBody?.pointer ?? o.pointer
        let newAt = n.requestBody?.pointer ?? n.pointer
        if n.requestBody?.required == true && o.requestBody?.required != true {
            let request = sampleRequest(o)
            let proven = old.validator.acceptsRequest(.object(request), for: o)
                && !new.validator.acceptsRequest(.object(request), for: n)
            record(.requestBodyBecameRequired, "request body is now required", old: oldAt, new: newAt,
                place: Self.place(n, .request, "request body"),
                witness: proven ? Witness(subject: "request", operation: n.id, value: .object(request)) : nil)
        }
        for media in before {
            let subject = "request body \(media.name)"
            let place = Self.place(n, .request, subject)
            guard let counterpart = after.first(where: { $0.name.lowercased() == media.name.lowercased() }) else {
                let request = sampleRequest(o, mediaType: media)
                let proven = old.validator.acceptsRequest(.object(request), for: o)
                    && !new.validator.acceptsRequest(.object(request), for: n)
                record(.requestMediaTypeRemoved, "request media type \(media.name) removed", old: media.pointer,
                    new: newAt, place: place,
                    witness: proven ? Witness(subject: "request", operation: n.id, value: .object(request)) : nil)
                continue
            }
            addRoot(place, old: media.schema, new: counterpart.schema)
        }
        for media in after where !before.contains(where: { $0.name.lowercased() == media.name.lowercased() }) {
            record(.requestMediaTypeAdded, "request media type \(media.name) added", old: oldAt, new: media.pointer,
                place: Self.place(n, .request, "request body \(media.name)"))
        }
    }

    // MARK: Responses

    /// The response of `operation` that covers `status`: the same key, else (for an exact
    /// code) the range or `default` that matches it.
    private static func covering(_ status: StatusKey, in operation: Operation) -> Response? {
        if let exact = operation.responses.first(where: { $0.status == status }) { return exact }
        switch status {
        case .code(let code): return operation.response(for: code)
        case .range: return operation.responses.first { $0.status == .default }
        case .default: return nil
        }
    }

    /// A status code that `key` covers and no response of `operation` does.
    private static func uncoveredStatus(_ key: StatusKey, in operation: Operation) -> Int? {
        let candidates: [Int]
        switch key {
        case .code(let code): candidates = [code]
        case .range(let digit): candidates = Array(digit * 100...digit * 100 + 99)
        case .default: candidates = [500, 400, 404, 418] + Array(100...599)
        }
        return candidates.first { operation.response(for: $0) == nil }
    }

    private func compareResponses(_ o: Operation, _ n: Operation) {
        var compared = Set<[DocumentPointer]>()
        var keys = o.responses.map(\.status)
        for key in n.responses.map(\.status) where !keys.contains(key) { keys.append(key) }
        for key in keys {
            let before = Self.covering(key, in: o)
            let after = Self.covering(key, in: n)
            let place = Self.place(n, .response, "response \(key)")
            switch (before, after) {
            case let (nil, after?):
                guard let status = Self.uncoveredStatus(key, in: o) else { continue }
                let response = sampleResponse(after, status: status, side: new)
                let proven = new.validator.acceptsResponse(.object(response), for: n)
                    && !old.validator.acceptsResponse(.object(response), for: o)
                record(.responseStatusAdded, "response \(key) added", old: o.pointer.appending("responses"),
                    new: after.pointer, place: place,
                    witness: proven ? Witness(subject: "response", operation: n.id, value: .object(response)) : nil)
            case let (before?, nil):
                record(.responseStatusRemoved, "response \(key) removed", old: before.pointer,
                    new: n.pointer.appending("responses"), place: place)
            case let (before?, after?):
                guard compared.insert([before.pointer, after.pointer]).inserted else { continue }
                compare(before, after, o, n, key: key)
            case (nil, nil):
                break
            }
        }
    }

    private func compare(_ before: Response, _ after: Response, _ o: Operation, _ n: Operation, key: StatusKey) {
        let status = "response \(key)"
        for header in before.headers {
            let subject = "\(status) header \(header.name)"
            let place = Self.place(n, .response, subject)
            let counterpart = after.header(named: header.name)
            if header.required && counterpart?.required != true {
                let code = Self.representative(key)
                let response = sampleResponse(after, status: code, side: new)
                let proven = new.validator.acceptsResponse(.object(response), for: n)
                    && !old.validator.acceptsResponse(.object(response), for: o)
                let message = counterpart == nil
                    ? "required header \(header.name) removed" : "header \(header.name) is no longer required"
                record(.responseRequiredHeaderRemoved, message, old: header.pointer,
                    new: counterpart?.pointer ?? after.pointer, place: place,
                    witness: proven ? Witness(subject: "response", operation: n.id, value: .object(response)) : nil)
            } else if counterpart == nil {
                record(.responseHeaderRemoved, "header \(header.name) removed", old: header.pointer,
                    new: after.pointer, place: place)
            }
            if let counterpart { addRoot(place, old: header.schema, new: counterpart.schema, carriesNull: false) }
        }
        for header in after.headers where before.header(named: header.name) == nil {
            record(.responseHeaderAdded, "header \(header.name) added", old: before.pointer, new: header.pointer,
                place: Self.place(n, .response, "\(status) header \(header.name)"))
        }
        for media in after.content {
            let subject = "\(status) body \(media.name)"
            let place = Self.place(n, .response, subject)
            guard let counterpart = before.content.first(where: { $0.name.lowercased() == media.name.lowercased() }) else {
                record(.responseMediaTypeAdded, "response media type \(media.name) added", old: before.pointer,
                    new: media.pointer, place: place)
                continue
            }
            addRoot(place, old: counterpart.schema, new: media.schema)
        }
        for media in before.content where !after.content.contains(where: { $0.name.lowercased() == media.name.lowercased() }) {
            record(.responseMediaTypeRemoved, "response media type \(media.name) removed", old: media.pointer,
                new: after.pointer, place: Self.place(n, .response, "\(status) body \(media.name)"))
        }
    }

    /// A status code a response key stands for.
    private static func representative(_ key: StatusKey) -> Int {
        switch key {
        case .code(let code): return code
        case .range(let digit): return digit * 100
        case .default: return 500
        }
    }
}
