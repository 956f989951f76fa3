/// Swagger's `collectionFormat`: how an array parameter is written on the wire.
enum CollectionFormat: String {
    case csv, ssv, tsv, pipes, multi

    /// The OpenAPI 3 `style` and `explode` that write arrays the same way in `location`;
    /// nil for `tsv`, which OpenAPI 3 has no style for.
    func style(in location: String) -> (style: String, explode: Bool)? {
        switch self {
        case .csv: return (location == "path" || location == "header" ? "simple" : "form", false)
        case .ssv: return ("spaceDelimited", false)
        case .pipes: return ("pipeDelimited", false)
        case .multi: return ("form", true)
        case .tsv: return nil
        }
    }
}
