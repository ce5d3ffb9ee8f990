import Foundation
import Testing
import UnmaskCore

@Suite("JSON reader: exact numbers, every escape, refusals at the right byte")
struct JSONValueTests {
    @Test func numbersAreTheNearestDoubleOfTheirText() throws {
        var generator = SplitMix64(seed: 3)
        for _ in 0..<2000 {
            let value = Double(bitPattern: generator.next() & 0x7FEF_FFFF_FFFF_FFFF) // finite, positive
            for text in ["\(value)", String(format: "%.17g", value), String(format: "%.3e", value)] {
                let parsed = try JSONValue(parsing: "[\(text)]")
                guard case let .array(elements) = parsed else { Issue.record("not an array"); continue }
                #expect(elements[0].double == Double(text), "\(text)")
            }
        }
        // the case Foundation's reader on Linux gets wrong by an ulp
        #expect(try JSONValue(parsing: "0.033").double == 0.033)
        #expect(try JSONValue(parsing: "-0").double == 0 && (try JSONValue(parsing: "1E+2").double) == 100)
    }

    @Test func stringsDecodeEveryEscapeAndUTF8() throws {
        let parsed = try JSONValue(parsing: #" {"k": "a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00 ünï 😀", "n": null, "t": true, "f": false} "#)
        #expect(parsed["k"]?.string == "a\"b\\c/d\u{8}\u{C}\n\r\té😀 ünï 😀")
        #expect(parsed["n"] == .null && parsed["t"] == .bool(true) && parsed["f"] == .bool(false))
        #expect(try JSONValue(parsing: "{}") == .object([:]) && (try JSONValue(parsing: "[ ]")) == .array([]))
    }

    @Test(arguments: [
        ("", "ends early"), ("{\"a\": 1", "ends early"), ("[1, 2", "ends early"), ("\"abc", "does not end"),
        ("[1] x", "text after"), ("01", "text after"), ("1.", "digits after"), (".5", "expected a value"),
        ("+1", "expected a value"), ("-", "expected a value"), ("1e", "exponent"), ("{1: 2}", "expected a key"),
        ("\"\\x\"", "unknown escape"), ("\"\\u12\"", "four hex"), ("\"\\u+123\"", "four hex"), ("\"\\ud800x\"", "unpaired"),
        ("\"a\u{1}b\"", "control character"), ("[1,]", "expected a value"), ("tru", "expected true"),
    ])
    func badDocumentsAreRefused(text: String, mention: String) {
        #expect {
            _ = try JSONValue(parsing: text)
        } throws: { error in
            (error as? JSONValueError)?.description.contains(mention) == true
        }
    }

    @Test func deepNestingIsRefusedNotRecursedInto() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONValueError.self) { try JSONValue(parsing: deep) }
        let allowed = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        #expect(throws: Never.self) { try JSONValue(parsing: allowed) }
    }

    @Test func itAgreesWithFoundationOnStructure() throws {
        let text = #"{"results": {"gsm8k": {"alias": "gsm8k", "exact_match,strict-match": 0.4837, "x": [1, "two", null]}}}"#
        let value = try JSONValue(parsing: text)
        let foundation = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        let tasks = try #require(foundation?["results"] as? [String: Any])
        #expect(value["results"]?.object?.keys.sorted() == tasks.keys.sorted())
        #expect(value["results"]?["gsm8k"]?["alias"]?.string == "gsm8k")
        #expect(value["results"]?["gsm8k"]?["exact_match,strict-match"]?.double == 0.4837)
    }
}
