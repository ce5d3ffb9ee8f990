import Testing
@testable import UnmaskCore

@Suite("Sweep launcher template: words, placeholders, quoting")
struct LauncherTemplateTests {
    static func values(_ field: LauncherTemplate.Field) -> String {
        switch field {
        case .id: return "3-gsm8k-n64-a0.3-b0.9"
        case .task: return "gsm8k"
        case .a: return "0.3"
        case .b: return "0.9"
        case .steps: return "64"
        case .genLength: return "256"
        case .blockLength: return "32"
        case .modelPath: return "/models/LLaDA 8B"
        case .scheduleFile: return "/plans/it's here/schedules/a0.3-b0.9-n64.json"
        case .outputPath: return "/plans/it's here/results/3"
        case .limit: return "100"
        }
    }

    @Test func theDefaultIsEvalLladaUnderAccelerateWithTheScheduleInModelArgs() throws {
        let command = try LauncherTemplate.llada(limit: false).command(Self.values)
        #expect(command == "accelerate launch eval_llada.py --tasks gsm8k --model llada_dist --model_args "
                + "'model_path=/models/LLaDA 8B,gen_length=256,steps=64,block_length=32,"
                + #"schedule_file=/plans/it'\''s here/schedules/a0.3-b0.9-n64.json,sched_a=0.3,sched_b=0.9' "#
                + #"--output_path '/plans/it'\''s here/results/3'"#)
        #expect(try LauncherTemplate.llada(limit: true).command(Self.values).hasSuffix(" --limit 100"))
        #expect(!LauncherTemplate.llada(limit: false).fields.contains(.limit))
    }

    @Test func wordsSplitAtWhitespaceAndContinuationsAndBracesEscape() throws {
        let template = try LauncherTemplate(parsing: "srun  --gpus 1 \\\n  python run.py\t--out={output_path} --json='{{\"n\":{steps}}}'\n")
        #expect(try template.command(Self.values)
                == #"srun --gpus 1 python run.py '--out=/plans/it'\''s here/results/3' '--json={"n":64}'"#)
    }

    @Test func quotesKeepLiteralSpacesInOneWord() throws {
        let template = try LauncherTemplate(parsing: #"bash "/opt/my evals/run.sh" 'it''s' "a \"b\" \\ \n" x"{task}"y {output_path}"#)
        #expect(try template.command(Self.values)
                == #"bash '/opt/my evals/run.sh' its 'a "b" \ \n' xgsm8ky '/plans/it'\''s here/results/3'"#)
        #expect(throws: LauncherTemplateError.unmatchedQuote("\"")) { try LauncherTemplate(parsing: #"run "x {output_path}"#) }
        #expect(try LauncherTemplate(parsing: #"run "" {output_path}"#).command(Self.values).hasPrefix("run '' "))
    }

    @Test func badTemplatesNameWhatIsWrong() {
        #expect(throws: LauncherTemplateError.empty) { try LauncherTemplate(parsing: " \n ") }
        #expect(throws: LauncherTemplateError.noOutputPath) { try LauncherTemplate(parsing: "python run.py {task}") }
        #expect(throws: LauncherTemplateError.unknownField("out")) { try LauncherTemplate(parsing: "run {out}") }
        #expect(throws: LauncherTemplateError.unmatchedBrace("{output_path")) { try LauncherTemplate(parsing: "run {output_path") }
        #expect(throws: LauncherTemplateError.unmatchedBrace("x}")) { try LauncherTemplate(parsing: "run {output_path} x}") }
        #expect(LauncherTemplateError.unknownField("out").description.contains("{output_path}"))
    }

    @Test func aCommaOrEqualsInAModelArgsValueIsRefused() {
        let template = LauncherTemplate.llada(limit: false)
        for bad in ["/models/a,b", "/models/a=b"] {
            #expect(throws: LauncherTemplateError.self) {
                try template.command { $0 == .modelPath ? bad : Self.values($0) }
            }
        }
        // outside a k=v list the same value is fine
        #expect(throws: Never.self) {
            try LauncherTemplate(parsing: "run {model_path} {output_path}").command { $0 == .modelPath ? "/a,b=c" : Self.values($0) }
        }
    }
}
