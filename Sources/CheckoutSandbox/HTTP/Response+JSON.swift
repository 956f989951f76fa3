import Hummingbird

extension Response {
    /// A JSON response; `contentType` is a parameter only so a planted fault can lie about it.
    static func json(
        _ status: HTTPResponse.Status,
        _ body: JSONValue,
        headers: HTTPFields = [:],
        contentType: String = "application/json"
    ) -> Response {
        var fields = headers
        fields[.contentType] = contentType
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body.encoded)))
    }

    /// A bodiless response such as 204 No Content.
    static func empty(_ status: HTTPResponse.Status) -> Response {
        Response(status: status)
    }
}
