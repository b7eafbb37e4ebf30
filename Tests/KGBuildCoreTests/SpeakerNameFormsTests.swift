import Testing

@testable import KGBuildCore

/// Forms in which wire copy names a speaker that the name rules used to miss: two name particles in a row, a
/// plain lowercase description before the name, a state's name used as its adjective, a firm cued by what it
/// makes, and the time phrase between the verb and what was said. Sentences written for the purpose; each
/// fails without its rule.
@Suite struct SpeakerNameFormsTests {
    static func claims(_ body: String) -> [(speaker: String, text: String)] { ClaimShapeTests.claims(body).1 }

    @Test func twoNameParticlesInARow() {
        let cs = Self.claims("Commission spokeswoman Anna von der Berg told reporters that the sanctions would stay in place. "
            + "Dutch envoy Jan van den Broek said the mission would end in June.")
        #expect(ClaimShapeTests.has(cs, "Anna von der Berg", "the sanctions would stay"), "\(cs)")
        #expect(ClaimShapeTests.has(cs, "Jan van den Broek", "mission would end"), "\(cs)")
    }

    @Test func aLowercaseDescriptionBeforeTheName() {
        let cs = Self.claims("Shells fell on the market before dawn. \u{201C}We ran to the river with the children,\u{201D} said farmer Musa Keita. "
            + "\u{201C}Nobody came to help us,\u{201D} said taxi driver Omar Diallo.")
        #expect(ClaimShapeTests.has(cs, "Musa Keita", "We ran to the river"), "\(cs)")
        #expect(ClaimShapeTests.has(cs, "Omar Diallo", "Nobody came to help us"), "\(cs)")
    }

    /// "the CAR government", "the Sudan army": the state's name before one of its home bodies is the state.
    @Test func aStatesNameBeforeItsGovernment() {
        let cs = Self.claims("The CAR government said on Monday that its defence minister would visit Moscow next month.")
        #expect(ClaimShapeTests.has(cs, "Central African Republic", "its defence minister would visit Moscow"), "\(cs)")
    }

    /// "said earlier this week that …": what was said starts after "that", not at "this week".
    @Test func aTimePhraseWithThisBeforeThat() {
        let cs = Self.claims("The Malian government said earlier this week that its troops would leave the northern towns.")
        #expect(cs.contains { $0.speaker == "Mali" && $0.text.hasPrefix("its troops would leave") }, "\(cs)")
    }

    /// "Danish turbine maker X": a firm cued by what it makes, who is then "the company".
    @Test func aFirmNamedAfterWhatItMakes() {
        let cs = Self.claims("Danish turbine maker Vestrafor has shipped 40 rotor blades to the port. "
            + "The company said it had also signed a maintenance contract with a local operator.")
        #expect(ClaimShapeTests.has(cs, "Vestrafor", "signed a maintenance contract"), "\(cs)")
    }
}
