/// The schema validator answers the generator's self-check, always in the request direction.
extension SchemaValidator: CaseValidating {
    public func failures(of instance: JSONValue, against schema: DocumentPointer) -> [SchemaFailure] {
        // Keywords and pointers are all the self-check reads: messages would cost more than
        // the validation itself (they render whole values, 5000-character strings included).
        compile(schema).undescribedErrors(instance, direction: .request).map {
            SchemaFailure(keyword: $0.keyword, pointer: $0.instancePointer)
        }
    }

    public func accepts(_ instance: JSONValue, against schema: DocumentPointer) -> Bool {
        isValid(instance, against: schema, direction: .request)
    }
}
