import CLibYAML

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One libyaml event, copied out of C memory so that it outlives `yaml_event_delete`.
struct YAMLEvent {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias, scalar, sequenceStart, sequenceEnd, mappingStart, mappingEnd
    }

    /// How a scalar was written; only plain scalars are typed by the core schema.
    enum Style {
        case plain, quoted, block
    }

    var kind: Kind
    /// 0-based line and column of the event's start, as libyaml counts (columns in characters).
    var line: Int
    var column: Int
    /// The node's anchor, or the name an alias refers to.
    var anchor: String?
    var tag: YAMLTag
    /// The scalar's text (empty for other events).
    var value: String
    var style: Style
}

/// The tags the loader understands; everything else is kept as `.other` and ignored.
enum YAMLTag: Equatable {
    case none, nonSpecific, str, int, float, bool, null, other
}

/// Owns a libyaml parser over a caller-pinned buffer and yields events one at a time.
///
/// Non-copyable so that `yaml_parser_delete` runs exactly once. The input buffer must stay
/// valid for the parser's lifetime: libyaml reads it in place, it does not copy.
struct YAMLEventParser: ~Copyable {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private var event = yaml_event_t()
    /// A one-byte buffer for empty input: libyaml wants a non-null pointer.
    private let emptyInput: UnsafeMutablePointer<UInt8>

    /// A libyaml failure, still in libyaml's terms (0-based marks).
    struct Failure: Error {
        enum Kind { case reader, syntax, memory }
        var kind: Kind
        var problem: String
        var line: Int
        var column: Int
        /// Byte offset of a reader (encoding) problem.
        var offset: Int
        var context: String?
        var contextLine: Int
        var contextColumn: Int
    }

    init(input: UnsafeBufferPointer<UInt8>) {
        parser = .allocate(capacity: 1)
        emptyInput = .allocate(capacity: 1)
        emptyInput.initialize(to: 0)
        // yaml_parser_initialize only fails when malloc does; then parsing reports a memory error.
        _ = yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        if let base = input.baseAddress {
            yaml_parser_set_input_string(parser, base, input.count)
        } else {
            yaml_parser_set_input_string(parser, emptyInput, 0)
        }
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        emptyInput.deallocate()
    }

    /// The next event; throws libyaml's error once the input stops being YAML.
    mutating func next() throws(Failure) -> YAMLEvent {
        guard yaml_parser_parse(parser, &event) != 0 else { throw failure() }
        defer { yaml_event_delete(&event) }
        var result = YAMLEvent(
            kind: .streamEnd, line: Int(event.start_mark.line), column: Int(event.start_mark.column),
            anchor: nil, tag: .none, value: "", style: .plain)
        switch event.type {
        case YAML_STREAM_START_EVENT: result.kind = .streamStart
        case YAML_STREAM_END_EVENT: result.kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: result.kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: result.kind = .documentEnd
        case YAML_ALIAS_EVENT:
            result.kind = .alias
            result.anchor = Self.string(event.data.alias.anchor)
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            result.kind = .scalar
            result.anchor = Self.string(scalar.anchor)
            result.tag = Self.tag(scalar.tag)
            result.value = String(
                decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
            switch scalar.style {
            case YAML_PLAIN_SCALAR_STYLE: result.style = .plain
            case YAML_LITERAL_SCALAR_STYLE, YAML_FOLDED_SCALAR_STYLE: result.style = .block
            default: result.style = .quoted
            }
        case YAML_SEQUENCE_START_EVENT:
            result.kind = .sequenceStart
            result.anchor = Self.string(event.data.sequence_start.anchor)
            result.tag = Self.tag(event.data.sequence_start.tag)
        case YAML_SEQUENCE_END_EVENT: result.kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT:
            result.kind = .mappingStart
            result.anchor = Self.string(event.data.mapping_start.anchor)
            result.tag = Self.tag(event.data.mapping_start.tag)
        case YAML_MAPPING_END_EVENT: result.kind = .mappingEnd
        default:
            // YAML_NO_EVENT only appears after an error, which was thrown above.
            result.kind = .streamEnd
        }
        return result
    }

    private func failure() -> Failure {
        let p = parser.pointee
        let kind: Failure.Kind
        switch p.error {
        case YAML_READER_ERROR: kind = .reader
        case YAML_MEMORY_ERROR: kind = .memory
        default: kind = .syntax
        }
        return Failure(
            kind: kind, problem: p.problem.map { String(cString: $0) } ?? "unknown libyaml error",
            line: Int(p.problem_mark.line), column: Int(p.problem_mark.column), offset: Int(p.problem_offset),
            context: p.context.map { String(cString: $0) },
            contextLine: Int(p.context_mark.line), contextColumn: Int(p.context_mark.column))
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafePointer(pointer))
    }

    /// Tags arrive fully resolved (`!!int` as `tag:yaml.org,2002:int`); compared without allocating.
    private static func tag(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> YAMLTag {
        guard let pointer else { return .none }
        let raw = UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)
        if strcmp(raw, "!") == 0 { return .nonSpecific }
        guard strncmp(raw, "tag:yaml.org,2002:", 18) == 0 else { return .other }
        let suffix = raw + 18
        if strcmp(suffix, "str") == 0 { return .str }
        if strcmp(suffix, "int") == 0 { return .int }
        if strcmp(suffix, "float") == 0 { return .float }
        if strcmp(suffix, "bool") == 0 { return .bool }
        if strcmp(suffix, "null") == 0 { return .null }
        return .other
    }
}
