import Testing
@testable import UnmaskCore

@Suite("Schedules: spec grammar")
struct ScheduleSpecTests {
    @Test func parsesEveryFamily() throws {
        #expect(try MaskSchedule(spec: "beta:0.9,0.3").family == .beta(a: 0.9, b: 0.3))
        #expect(try MaskSchedule(spec: " Beta: 2 , 5 ").family == .beta(a: 2, b: 5))
        #expect(try MaskSchedule(spec: "linear").family == .linear)
        #expect(try MaskSchedule(spec: "sine").family == .sine)
        #expect(try MaskSchedule(spec: "cosine").family == .cosine)
        #expect(try MaskSchedule(spec: "sin2").family == .sin2)
        #expect(try MaskSchedule(spec: "uniform") == .uniform)
        #expect(try MaskSchedule(spec: "poly:2").family == .poly(k: 2))
        #expect(try MaskSchedule(spec: "polymask:1.5").family == .polyMask(k: 1.5))
    }

    /// Other codebases' names, converted into t = 0 masked (docs/theory.md §8).
    @Test func aliasesConvertIntoOurConvention() throws {
        let expected: [String: MaskSchedule.Family] = [
            "llada:linear": .linear, "mdlm:loglinear": .linear, "mdlm:cosine": .sine,
            "mdlm:cosinesqr": .sin2, "md4:linear": .linear, "md4:cosine": .cosine,
            "md4:poly2": .polyMask(k: 2), "md4:poly0.5": .polyMask(k: 0.5), "maskgit:cosine": .cosine,
        ]
        for (spec, family) in expected {
            #expect(try MaskSchedule(spec: spec).family == family, "\(spec)")
        }
    }

    @Test func everyCatalogNameParses() throws {
        for entry in ScheduleCatalog.entries {
            let spec = entry.name.replacingOccurrences(of: "A,B", with: "0.5,2").replacingOccurrences(of: "K", with: "3")
            _ = try MaskSchedule(spec: spec)
        }
    }

    @Test(arguments: ["beta:0.9,0.3", "beta:0.01,100", "beta:0.0123,99.5", "linear", "sine", "cosine", "sin2", "poly:2.5", "polymask:3"])
    func canonicalSpecRoundTrips(spec: String) throws {
        let schedule = try MaskSchedule(spec: spec)
        #expect(try MaskSchedule(spec: schedule.description) == schedule)
    }

    @Test func badSpecsNameTheBadValue() {
        #expect(throws: ScheduleSpecError.unknownName("foo")) { try MaskSchedule(spec: "foo") }
        #expect(throws: ScheduleSpecError.notPositive(parameter: "a", value: "-1", spec: "beta:-1,2")) { try MaskSchedule(spec: "beta:-1,2") }
        #expect(throws: ScheduleSpecError.notPositive(parameter: "b", value: "0", spec: "beta:1,0")) { try MaskSchedule(spec: "beta:1,0") }
        #expect(throws: ScheduleSpecError.notPositive(parameter: "a", value: "nan", spec: "beta:nan,1")) { try MaskSchedule(spec: "beta:nan,1") }
        #expect(throws: ScheduleSpecError.notPositive(parameter: "b", value: "inf", spec: "beta:1,inf")) { try MaskSchedule(spec: "beta:1,inf") }
        #expect(throws: ScheduleSpecError.notANumber(parameter: "a", value: "x", spec: "beta:x,1")) { try MaskSchedule(spec: "beta:x,1") }
        #expect(throws: ScheduleSpecError.missingParameters("beta:1", expected: "beta:A,B")) { try MaskSchedule(spec: "beta:1") }
        #expect(throws: ScheduleSpecError.missingParameters("poly", expected: "poly:K")) { try MaskSchedule(spec: "poly") }
        #expect(throws: ScheduleSpecError.notPositive(parameter: "K", value: "-2", spec: "md4:poly-2")) { try MaskSchedule(spec: "md4:poly-2") }
    }

    /// Parameters outside `Limits.scheduleParameters` are refused, naming the domain, at both
    /// ends and for every family with parameters; its ends themselves are accepted.
    @Test func parametersOutsideTheAccurateDomainAreRefused() throws {
        for spec in ["beta:0.0099,1", "beta:1,100.01", "beta:1e17,1e17", "beta:1e300,1e300", "poly:1e-3", "polymask:1000", "md4:poly101"] {
            #expect(throws: ScheduleSpecError.self, "\(spec)") { try MaskSchedule(spec: spec) }
            do {
                _ = try MaskSchedule(spec: spec)
            } catch {
                #expect(error.description.contains("outside the accurate domain 0.01…100"), "\(error.description)")
            }
        }
        for spec in ["beta:0.01,0.01", "beta:100,100", "poly:0.01", "polymask:100"] {
            _ = try MaskSchedule(spec: spec)
        }
    }

    @Test func unknownNameListsTheValidOnes() {
        let message = ScheduleSpecError.unknownName("foo").description
        #expect(message.contains("'foo'"))
        for name in ["beta:A,B", "linear", "sine", "cosine", "sin2", "poly:K", "uniform", "mdlm:cosine", "md4:polyK"] {
            #expect(message.contains(name))
        }
        #expect(!message.contains("\n"))
    }
}
