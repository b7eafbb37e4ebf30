import Foundation
import Testing

@testable import KGBuildCore

// Firms, unions, parties, clubs and their people that the gazetteer does not know, found by the words news
// copy puts around them outside politics. Every name and sentence here is invented.

@Suite struct OrganizationCueTests {
    static func find(_ text: String) -> (Document, MentionFinder.Result) { MentionFinderTests.find(text) }
    static func actors(_ r: MentionFinder.Result) -> Set<String> { NameRuleTests.actors(r) }
    static func surfaces(_ doc: Document, _ r: MentionFinder.Result, of name: String) -> [String] { NameRuleTests.surfaces(doc, r, of: name) }

    @Test func cueNounBeforeTheNameAndTheBareNameAfter() {
        let (doc, r) = Self.find("Shares in chipmaker Veltronix fell 9% on Monday. Veltronix said demand for its sensors had slowed, "
            + "and the union Arbeitskraft Nord called a meeting of its members.")
        let found = Self.actors(r)
        #expect(found.contains("Veltronix|organization"))
        #expect(found.contains("Arbeitskraft Nord|organization"))
        // the bare name later is the same firm: "Veltronix said" has a speaker
        #expect(Self.surfaces(doc, r, of: "Veltronix") == ["Veltronix", "Veltronix"])
    }

    @Test func groupNounsTakeANameOnlyWithTheirKind() {
        let (_, r) = Self.find("The militant group Harakat Qurb claimed the ambush, the rights group Voz Libre said on Friday. "
            + "A group Lena Moraes founded in 2019 gave out food.")
        let found = Self.actors(r)
        #expect(found.contains("Harakat Qurb|armed_group"))
        #expect(found.contains("Voz Libre|organization"))
        // "a group" with no kind before it, and a name with a given name, is no organization
        #expect(!found.contains { $0.hasPrefix("Lena Moraes|organization") })
    }

    @Test func groupTiedToANamedArmedGroup() {
        let (_, r) = Self.find("Police held four suspected members of the Islamic State-linked Katibat Nur network on Sunday, and the "
            + "university-linked Velo Circle group held a vigil.")
        let found = Self.actors(r)
        #expect(found.contains("Katibat Nur|armed_group"))
        // tied to no named actor: not taken
        #expect(!found.contains { $0.hasPrefix("Velo Circle|") })
    }

    @Test func partyAndUnionNamedBeforeWhatTheyAre() {
        let (_, r) = Self.find("Talks between the Metallo union and the carmaker ended on Tuesday, and the opposition KDR party called the "
            + "offer an insult.")
        let found = Self.actors(r)
        #expect(found.contains("Metallo|organization"))
        #expect(found.contains("KDR|organization"))
    }

    @Test func nameBeforeAFirmsOrClubsTitle() {
        let (doc, r) = Self.find("Brackwater beat the visitors 3-1 on Saturday. \"We were patient,\" Brackwater manager Ilse Varga told "
            + "reporters. Norvane Chief Executive Pavel Sedlak said the bid was fair, and Norvane's head of sales, Olu Adeyemi, said "
            + "orders were up.")
        let found = Self.actors(r)
        #expect(found.contains("Brackwater|organization"))
        #expect(found.contains("Ilse Varga|person"))
        #expect(found.contains("Norvane|organization"))
        #expect(found.contains("Pavel Sedlak|person"))
        // a name set off by commas before "said" is a person
        #expect(found.contains("Olu Adeyemi|person"))
        #expect(Self.surfaces(doc, r, of: "Brackwater").count == 2)
    }

    @Test func statesTitlesAndCapitalizedFirstWordsMakeNoOrganization() {
        let (_, r) = Self.find("Veteran striker Jonas Pell scored twice. National Security Adviser Mara Quist said on Monday that the "
            + "plan was sound. Energy Minister Ruth Kaan agreed, and Director General Omar Fell said nothing. "
            + "On Tuesday, which was a holiday, said Kaan, the office stayed shut.")
        let orgs = Self.actors(r).filter { $0.hasSuffix("|organization") }
        #expect(orgs.isEmpty, "\(orgs)")
        #expect(Self.actors(r).contains("Jonas Pell|person"))
    }

    @Test func relativeClauseWithWhichAndKnownAsMakeASpeakingBody() {
        let (_, r) = Self.find("Lumivia, which owns four studios, said the film would find its audience. The commission for missing persons, "
            + "known as Sorvex, said the unit had killed dozens.")
        let found = Self.actors(r)
        #expect(found.contains("Lumivia|organization"))
        #expect(found.contains("Sorvex|organization"))
    }

    @Test func surnameSpeakingNamesThePersonToldInFullBefore() {
        let (doc, r) = Self.find("Quillon Maelstad's side won again on Sunday. \"We were patient,\" Maelstad told reporters.")
        #expect(Self.surfaces(doc, r, of: "Quillon Maelstad") == ["Quillon Maelstad", "Maelstad"])
        // a word that no two-word name ends in stays as it was
        let (_, r2) = Self.find("The plan was approved on Monday. Brenholt said it would start soon.")
        #expect(!Self.actors(r2).contains { $0.hasSuffix("|person") })
    }

    @Test func missionNamedBeforeWhatItIs() {
        let (_, r) = Self.find("The alliance's Sarfor peacekeeping mission said it would send 200 more troops to the border.")
        #expect(Self.actors(r).contains("Sarfor|organization"))
    }

    @Test func chiefExecutiveIsATitle() {
        let (_, r) = Self.find("The offer was fair, Orlen Varsi Chief Executive Marta Ilves told analysts on Monday.")
        let found = Self.actors(r)
        #expect(found.contains("Marta Ilves|person"))
        #expect(found.contains("Orlen Varsi|organization"))
        #expect(r.mentions.contains { r.actors[$0.actor]?.name == "Marta Ilves" && r.actors[$0.actor]?.roles.contains("chief executive") == true })
    }

    @Test func aBodysCommonNounBeforeWhichRefersBack() {
        let (_, r) = Self.find("The Highland Negotiations Committee said it would attend. But the Committee, which unites nine parties, "
            + "said the date was too early.")
        #expect(!Self.actors(r).contains("Committee|organization"))
    }

    @Test func aBodyNamedAfterItsStateIsOneOrganization() {
        for (text, name, state) in [("The Kenya Wildlife Protection Agency said poachers had killed two rhinos.", "Kenya Wildlife Protection Agency", "KEN"),
                                    ("The Peru Civil Defence Institute warned of mudslides in the north.", "Peru Civil Defence Institute", "PER"),
                                    ("A spokesman for the Ghana National Council for Cocoa Farmers said prices would rise.",
                                     "Ghana National Council for Cocoa Farmers", "GHA")] {
            let (_, r) = Self.find(text)
            // one body, of its state; the state is linked without a mention of its own, and no fragment is a person
            #expect(Self.actors(r) == [name + "|organization"], "\(text)")
            #expect(r.actors.values.first { $0.name == name }?.country == state, "\(text)")
            #expect(r.implied.contains("actor:" + state), "\(text)")
        }
        // a state's institution keeps its kind, a state alone stays the state
        let (_, ministry) = Self.find("Russia's Foreign Ministry said the talks would resume.")
        #expect(Self.actors(ministry).contains("Russian Foreign Ministry|organization"))
        let (_, plain) = Self.find("Kenya Police arrested two men, and Kenya said on Monday it would send troops.")
        #expect(!Self.actors(plain).contains { $0.hasPrefix("Kenya Police") && $0.hasSuffix("|person") })
        #expect(plain.mentions.contains { $0.actor == "actor:KEN" })
    }
}

/// Bodies whose heads the lists lacked: confederations, task forces, headquarters; and a state's own force.
@Suite struct OrganizationHeadTests {
    @Test func newHeadsEndOrganizationNames() {
        let (_, r) = OrganizationCueTests.find("The West Sahel Athletics Confederation fined the club on Monday. The Combined Maritime "
            + "Task Force said two boats were stopped. The Joint Operations Headquarters said the road was reopened.")
        let found = OrganizationCueTests.actors(r)
        #expect(found.contains("West Sahel Athletics Confederation|organization"))
        #expect(found.contains("Combined Maritime Task Force|armed_group"))
        #expect(found.contains("Joint Operations Headquarters|organization"))
    }

    @Test func aStatesNameBeforeAnArmedHeadIsItsMilitary() {
        let (_, r) = OrganizationCueTests.find("The United States handed over four patrol boats to the Guyana Defence Force on Monday.")
        let found = OrganizationCueTests.actors(r)
        #expect(found.contains("Guyana Defence Force|organization"))
        // not a fragment without the state's name
        #expect(!found.contains { $0.hasPrefix("Defence Force|") })
    }
}
