import Testing
import UnmaskCore

@Suite("CSV text: a field quoted only when it must be, and read back")
struct CSVTextTests {
    @Test func everyFieldReadsBackAsWritten() {
        let fields = ["plain", "", "a,b", #"say "hi""#, "two\nlines", "cr\rhere", "beta:0.9,0.3", "ünï 😀"]
        let line = fields.map(CSVText.field).joined(separator: ",")
        #expect(CSVText.fields(of: Substring(line)) == fields)
        #expect(CSVText.field("plain") == "plain" && CSVText.field("a,b") == #""a,b""#)
        #expect(CSVText.field(#"x"y"#) == #""x""y""#)
        #expect(CSVText.fields(of: #"a,"open"#) == nil)
    }
}
