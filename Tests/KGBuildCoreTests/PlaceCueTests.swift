import Foundation
import Testing

@testable import KGBuildCore

// Actors and places an article names without a mention of their own the gazetteer would find: a state named
// only through its institution, a city through its police, places the gazetteer lacks introduced by a plural
// place noun or an apposition. Every name and sentence here is invented.

@Suite struct PlaceCueTests {
    static func find(_ text: String) -> (Document, MentionFinder.Result) { MentionFinderTests.find(text) }
    static func actors(_ r: MentionFinder.Result) -> Set<String> { NameRuleTests.actors(r) }

    @Test func stateNamedThroughItsInstitution() {
        let (_, r) = Self.find("The Iranian Foreign Ministry said on Monday the talks would resume, and a spokesman rejected the claims.")
        // the ministry is the mention; the state is linked to the article without one (it takes no argument)
        #expect(Self.actors(r).contains { $0.hasSuffix("|organization") && $0.contains("Foreign Ministry") })
        #expect(r.implied.contains("actor:IRN"))
        #expect(r.type(of: "actor:IRN") == "country" || r.actors["actor:IRN"]?.type == "country")
        #expect(!r.mentions.contains { $0.actor == "actor:IRN" })
    }

    @Test func cityPoliceIsAnOrganizationAndNamesTheCity() {
        let (_, r) = Self.find("Paris police said two men were detained. The Istanbul Police Department opened an inquiry on Friday.")
        let found = Self.actors(r)
        #expect(found.contains("Paris police|organization"))
        #expect(found.contains("Istanbul Police Department|organization"))
        #expect(r.implied.contains("place:paris"))
        #expect(r.implied.contains("place:istanbul"))
        // without "police" the capital stays a place mention
        let (_, plain) = Self.find("Protesters marched in Paris on Friday.")
        #expect(Self.actors(plain).contains("Paris|place"))
        #expect(!Self.actors(plain).contains { $0.contains("police") })
    }

    @Test func aCityPoliceStationIsASiteInTheCityNotAForce() {
        for text in ["Gunmen opened fire on a Kabul police station on Sunday.",
                     "The cell had planned to bomb the Istanbul police headquarters, prosecutors said.",
                     "Two officers were hurt when a car rammed into a Paris police post overnight."] {
            let (_, r) = Self.find(text)
            #expect(!Self.actors(r).contains { $0.contains("police|organization") }, "\(text)")
            #expect(r.mentions.contains { $0.actor.hasPrefix("place:") }, "\(text)")
        }
    }

    @Test func pluralPlaceNounNamesEveryPlaceOfItsList() {
        let (_, r) = Self.find("Jets struck the rebel towns of Kafr Velan and Tell Marou in northern Idlib on Monday, "
            + "near the villages of Deir Sabra, al-Qanout and Umm Saleh.")
        for id in ["place:kafr-velan", "place:tell-marou", "place:deir-sabra", "place:al-qanout", "place:umm-saleh"] {
            #expect(r.implied.contains(id), "\(id)")
            #expect(r.actors[id]?.type == "place", "\(id)")
        }
        // a list gives an event no one place: the listed places have no mention, and "Saleh" is no one's surname
        #expect(!r.mentions.contains { $0.actor.hasPrefix("place:kafr") || $0.actor.hasPrefix("place:tell") })
        #expect(!r.actors.values.contains { $0.type == "person" })
        #expect(Self.actors(r).contains("Idlib|place"))
    }

    @Test func singularPlaceNounKeepsItsMentionAndTakesNoList() {
        let (_, r) = Self.find("Soldiers crossed the river near the mining settlement of Korvanga and Venezuelan troops fired shots.")
        #expect(Self.actors(r).contains("Korvanga|place"))
        #expect(!r.implied.contains { $0.hasPrefix("place:venezuelan") })
    }

    @Test func appositionMakesAPlace() {
        let (_, r) = Self.find("Police arrested a man in Pul-e-Sabz, the capital of northern Harat province, a local official said. "
            + "Jane Roe, a town councillor in the north, said the vote was fair.")
        let found = Self.actors(r)
        #expect(found.contains("Pul-e-Sabz|place"))
        // a person's apposition whose noun is no place's head: no place
        #expect(!found.contains("Jane Roe|place"))
        #expect(found.contains("Jane Roe|person"))
    }

    @Test func missionAfterAStateName() {
        let (doc, r) = Self.find("The U.S. embassy urged citizens to avoid the area, and the Ruritanian consulate closed on Monday.")
        let missions = r.mentions.filter { r.actors[$0.actor]?.type == "organization" }.map { doc.text($0.start, $0.end) }
        #expect(missions.contains("U.S. embassy"))
        // the state stays linked, through its mission
        #expect(r.implied.contains("actor:USA"))
        // a lower-case word after a state name that is no mission: the state alone
        let (_, plain) = Self.find("The U.S. military said on Monday the drills would go ahead.")
        #expect(plain.mentions.contains { $0.actor == "actor:USA" })
    }

    @Test func datelinePlaceIsLinkedToItsStory() {
        var article = Shared.article("The two ministers met on Monday to discuss trade, officials said.")
        article.place = "DAMASCUS"
        let r = Shared.pipeline.analyze(article)
        #expect(r.mentionCounts["place:damascus"] != nil)
        #expect(r.actors["place:damascus"]?.type == "place")
        // no dateline, no place
        #expect(!Shared.analyze("The two ministers met on Monday to discuss trade, officials said.").mentionCounts.keys.contains { $0.hasPrefix("place:") })
    }

    @Test func policeInATown() {
        let (_, r) = Self.find("Two men were detained overnight, police in Vellmark said. Police in Lyon said on Monday the road was open.")
        let found = Self.actors(r)
        #expect(found.contains("Vellmark police|organization"))
        #expect(found.contains("Lyon police|organization"))
        #expect(r.implied.contains("place:vellmark"))
        // a state's police stays the state
        let (_, state) = Self.find("Police in Germany said the match was halted.")
        #expect(!Self.actors(state).contains { $0.contains("police|") })
        #expect(state.mentions.contains { $0.actor == "actor:DEU" })
    }

    @Test func aPlaceNameAfterATitleIsTheGivenName() {
        for (text, name) in [("President Santiago Varela opened the session on Monday. Varela said the budget would pass.", "Santiago Varela"),
                             ("Defence Minister Israel Korman said the drills would go on.", "Israel Korman"),
                             ("The prize went to Mayor Paris Delane, who thanked the council.", "Paris Delane")] {
            let (_, r) = Self.find(text)
            #expect(Self.actors(r).contains(name + "|person"), "\(text)")
            #expect(!r.mentions.contains { r.actors[$0.actor]?.type == "place" || r.actors[$0.actor]?.type == "country" }, "\(text)")
        }
        // no title before it, or a place's own words after it: the place stays a place
        let (_, chile) = Self.find("President Karin Volk flew to Santiago de Chile on Monday.")
        #expect(Self.actors(chile).contains("Santiago|place"))
        #expect(Self.actors(chile).contains("Karin Volk|person"))
        let (_, police) = Self.find("Santiago Police said two men were detained.")
        #expect(Self.actors(police).contains("Santiago Police|organization"))
        let (_, airport) = Self.find("The plane landed at Paris Airport on Monday.")
        #expect(Self.actors(airport) == ["Paris|place"])
        let (_, tech) = Self.find("Students at Georgia Tech protested on Monday.")
        #expect(!tech.actors.values.contains { $0.type == "person" })
    }
}
