/// The schema validator answers the generator's self-check, always in the request direction.
extension SchemaValidator: CaseValidating {
    public func failures(of instance: JSONValue, against schema: DocumentPointer) -> [SchemaFailure] {
        validate(instance, against: schema, direction: .request).map {
            SchemaFailure(keyword: $0.keyword, pointer: $0.instancePointer)
        }
    }

    public func accepts(_ instance: JSONValue, against schema: DocumentPointer) -> Bool {
        isValid(instance, against: schema, direction: .request)
    }
}
