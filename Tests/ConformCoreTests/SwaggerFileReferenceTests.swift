import ConformCore
import Foundation
import Testing

@Suite("Swagger 2.0 references to other files")
struct SwaggerFileReferenceTests {
    static let files = [
        "swagger.yaml": """
            swagger: '2.0'
            info: {title: t, version: '1'}
            paths:
              /pets:
                get:
                  parameters:
                    - $ref: 'common.yaml#/limit'
                  responses:
                    '200':
                      description: ok
                      schema: {$ref: 'pet.yaml'}
                    default:
                      $ref: 'common.yaml#/error'
                post:
                  parameters:
                    - $ref: 'common.yaml#/newPet'
                  responses:
                    '201': {description: created}
            """,
        "pet.yaml": """
            type: object
            properties:
              nick: {type: string, x-nullable: true}
              owner: {$ref: 'other.yaml#/definitions/Owner'}
            """,
        "other.yaml": """
            swagger: '2.0'
            info: {title: o, version: '1'}
            paths: {}
            definitions:
              Owner: {type: object, x-nullable: true}
            """,
        "common.yaml": """
            limit: {name: limit, in: query, type: array, items: {type: integer}, collectionFormat: pipes}
            error: {description: failure, schema: {type: object}}
            newPet: {name: pet, in: body, required: true, schema: {$ref: 'pet.yaml'}}
            """,
    ]

    @Test("fragments are converted where they are used, Swagger files as a whole, positions stay in each file")
    func fragments() throws {
        let folder = try TestSupport.temporaryFolder(Self.files)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let document = try Document(file: folder + "/swagger.yaml")
        let set = document.documents
        func value(_ file: String, _ pointer: String) -> JSONValue? {
            set.value(at: DocumentPointer(file: folder + "/" + file, pointer: JSONPointer(pointer)!))
        }
        func position(_ file: String, _ pointer: String) -> String? {
            set.location(of: DocumentPointer(file: folder + "/" + file, pointer: JSONPointer(pointer)!))?
                .description.replacingOccurrences(of: folder + "/", with: "")
        }
        #expect(value("common.yaml", "/limit") == [
            "name": "limit", "in": "query",
            "schema": ["type": "array", "items": ["type": "integer"]], "style": "pipeDelimited", "explode": false,
        ])
        #expect(value("common.yaml", "/error") == [
            "description": "failure", "content": ["application/json": ["schema": ["type": "object"]]],
        ])
        #expect(value("swagger.yaml", "/paths/~1pets/post/requestBody") == [
            "content": ["application/json": ["schema": ["$ref": "common.yaml#/newPet/schema"]]], "required": true,
        ])
        #expect(value("pet.yaml", "/properties/nick") == ["type": "string", "nullable": true])
        #expect(value("pet.yaml", "/properties/owner") == ["$ref": "other.yaml#/components/schemas/Owner"])
        #expect(value("other.yaml", "/components/schemas/Owner") == ["type": "object", "nullable": true])
        #expect(position("pet.yaml", "/properties/nick/nullable") == "pet.yaml:3:36")
        #expect(position("common.yaml", "/limit/style") == "common.yaml:1:88")
        #expect(position("other.yaml", "/components/schemas/Owner/nullable") == "other.yaml:5:37")
        #expect(Linter.lint(document).filter { $0.severity != .note } == [])
        #expect(document.operations.map { $0.parameters.map(\.style) } == [[.pipeDelimited], []])
    }
}
