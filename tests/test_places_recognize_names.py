"""Which names the geoparser finds and which gazetteer entries a name can take."""

from __future__ import annotations

import pytest

from tidings.extract.places import geoparse
from tidings.resources.gazetteer import KIND_DEMONYM, POST_TOWN, load_gazetteer, name_key


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_abbreviated_mount_and_fort_share_the_spelt_out_key():
    assert name_key("Mt. Pleasant") == name_key("Mount Pleasant")
    assert name_key("Ft Worth") == name_key("Fort Worth")
    assert name_key("Sault Ste. Marie") == name_key("Sault Sainte Marie")
    assert name_key("Port St. Lucie") == name_key("Port Saint Lucie")


def test_street_and_a_leading_saint_keep_their_abbreviation():
    # "Main St." is a street, and "St. Patrick" a saint, not "Saint Patrick" parish.
    assert name_key("Main St.") == "main st."
    assert name_key("St. Patrick") != name_key("Saint Patrick")


def test_an_abbreviated_name_reaches_every_town_of_the_full_name(gaz):
    spelt = {m.entry.id for m in gaz.lookup("Mount Pleasant")}
    short = {m.entry.id for m in gaz.lookup("Mt. Pleasant")}
    assert short == spelt
    assert any(m.entry.admin1 == "Iowa" for m in gaz.lookup("Mt. Pleasant"))
    assert [m.entry.name for m in gaz.lookup("Ft. Worth")][:1] == ["Fort Worth"]


def test_a_demonym_gives_its_plural_unless_it_takes_none():
    from tidings.resources.geo_build import _demonym_forms

    assert _demonym_forms("Latvian", set()) == ["Latvian", "Latvians"]
    assert _demonym_forms("Iraqi", set()) == ["Iraqi", "Iraqis"]
    assert _demonym_forms("Hoosier", set()) == ["Hoosier", "Hoosiers"]
    assert _demonym_forms("Irish", set()) == ["Irish"]
    assert _demonym_forms("Japanese", set()) == ["Japanese"]
    # A plural the table spells itself is not made twice.
    assert _demonym_forms("Filipino", {"filipinos"}) == ["Filipino"]


def test_peoples_of_countries_and_states_name_them(gaz):
    def demonym_of(word):
        return [(m.entry.country_code, m.entry.feature_code, m.entry.name) for m in gaz.lookup(word) if m.kind == KIND_DEMONYM]

    assert demonym_of("Latvians") == [("LV", "PCLI", "Latvia")]
    assert demonym_of("Sri Lankans") == [("LK", "PCLI", "Sri Lanka")]
    assert demonym_of("Iowans") == [("US", "ADM1", "Iowa")]
    assert demonym_of("Hoosier") == [("US", "ADM1", "Indiana")]


def test_words_of_a_two_word_demonym_are_no_demonym_alone(gaz):
    # "South African" names South Africa; "South" and "Sri" alone name no country.
    for word in ("South", "North", "Sri", "Sierra"):
        assert not [m for m in gaz.lookup(word) if m.kind == KIND_DEMONYM], word
    assert {m.entry.country_code for m in gaz.lookup("South African") if m.kind == KIND_DEMONYM} == {"ZA"}


def _found(text: str) -> dict[str, tuple[str, str, str]]:
    return {t.text: (t.country_code, t.admin1, t.feature_code) for t in geoparse(text)}


def test_a_nationality_tagged_as_a_person_before_its_noun_names_the_country():
    assert _found("Analysts expect Sri Lankan economic growth to slow next year.")["Sri Lankan"][0] == "LK"


def test_every_name_in_a_list_of_counties_is_a_county():
    found = _found("The storm closed schools in Grayson, Cooke and Love counties on Tuesday.")
    assert found["Cooke"] == ("US", "Texas", "ADM2")
    assert found["Love"] == ("US", "Oklahoma", "ADM2")


def test_county_list_names_keep_only_the_words_that_name_a_county(gaz):
    from tidings.extract.places.recognize import county_list_mentions

    text = "In Walton and Oconee counties, crews cleared roads."
    assert [m.text for m in county_list_mentions(text, gaz)] == ["Walton", "Oconee"]
    assert not county_list_mentions("Smith and Jones said the counties agreed.", gaz)


def test_a_guess_listed_beside_a_place_named_elsewhere_is_a_place():
    text = (
        "Flood waters cut roads between Witney and Kidlington on Monday. "
        "The river burst its banks in Witney, Oxfordshire, overnight."
    )
    assert _found(text)["Kidlington"][0] == "GB"


def test_a_province_abbreviation_after_a_town_is_the_province():
    assert _found("The family moved from Regina to Brandon, Man. last spring.")["Man."] == ("CA", "Manitoba", "ADM1")
    assert _found("Police in Kingston, Ont., said the driver fled.")["Ont."] == ("CA", "Ontario", "ADM1")
    # Without a town before it the word is just a word.
    assert "Man." not in _found("A man stood by the road. Man. What a day.")


def test_a_state_abbreviation_without_its_full_stop_after_a_town_is_the_state():
    assert _found("PIKEVILLE, Ky (WXYZ) -- A barn fire kept crews busy overnight.")["Ky"] == ("US", "Kentucky", "ADM1")
    assert _found("ALLENTOWN, PA--(Newswire) - The company said profits rose.")["PA"] == ("US", "Pennsylvania", "ADM1")
    found = _found("He was arrested in Kings County, N.Y, after a traffic stop.")
    assert found["N.Y"] == ("US", "New York", "ADM1")
    # Before another capitalised word the short form opens a name instead.
    assert "Del" not in _found("Still, Del Harmon said the vote would be close.")
    assert "Mass" not in _found("On Sunday, Mass was held in the school gym.")


def test_a_party_letter_before_an_abbreviated_state_gives_the_state():
    assert _found("Senator Ann Porter, D-Md., voted against the bill.")["Md."] == ("US", "Maryland", "ADM1")
    # A sentence's full stop after a town does not hide the town.
    assert _found("The bill came from Sen. Tom Bakk, R-Elbow Lake. Others objected.")["Elbow Lake"][1] == "Minnesota"


def test_the_name_after_a_person_and_of_is_the_persons_town():
    text = "Deputies said the driver, Carla Benton of Jeannette, was taken to a hospital."
    assert _found(text)["Jeannette"] == ("US", "Pennsylvania", "PPL")


def test_a_county_named_for_a_saint_is_found_by_its_abbreviation(gaz):
    from tidings.resources.geo_build import _saint_abbreviated

    assert _saint_abbreviated("Saint Clair County") == ["St. Clair County", "St Clair County"]
    assert _saint_abbreviated("Sainte Genevieve County") == ["Ste. Genevieve County", "Ste Genevieve County"]
    assert _saint_abbreviated("Clair County") == []
    tammany = [m.entry for m in gaz.lookup("St. Tammany Parish")]
    assert [(e.feature_code, e.admin1) for e in tammany] == [("ADM2", "Louisiana")]


def test_ground_taken_over_is_a_place_without_a_named_country():
    text = "Insurgents have reportedly taken over Malam Fatori after the troops withdrew from the base."
    assert _found(text)["Malam Fatori"][0] == "NG"


def test_a_post_town_counts_only_where_the_text_places_it(gaz):
    assert [m.entry.feature_code for m in gaz.lookup("Lanexa")] == [POST_TOWN]
    found = _found("Deputies arrested Carl Moss of Lanexa on Friday.")
    assert found["Lanexa"] == ("US", "Virginia", POST_TOWN)
    assert _found("Floods closed roads near Lanexa, Va., on Friday.")["Lanexa"][1] == "Virginia"
    assert _found("Virginia deputies said the men drove to Lanexa that night.")["Lanexa"][1] == "Virginia"
    # Without "of", "in" or a state, or as the head of a longer name, it is no town.
    assert "Lanexa" not in _found("Lanexa said the roads would reopen soon.")
    assert "Lanexa" not in _found("Crews from Lanexa Ambulance arrived in minutes.")


def test_an_unplaced_post_town_reading_is_told_apart(gaz):
    from tidings.extract.places.mention import Mention
    from tidings.extract.places.recognize import _unplaced_post_town

    text = "The driver, of Lanexa, was unhurt. LANEXA officials declined to comment."
    matches = gaz.lookup("Lanexa")
    assert not _unplaced_post_town(text, Mention(15, 21, "Lanexa", matches, "GPE"))
    assert _unplaced_post_town(text, Mention(35, 41, "LANEXA", matches, "GPE"))


def test_a_name_cut_after_its_abbreviation_is_read_whole():
    found = _found("Hydro crews said homes near Fort St. John will lose power on Sunday.")
    assert found["Fort St. John"] == ("CA", "British Columbia", "PPL")
    assert "Fort St." not in found


def test_a_bare_county_name_is_the_county_the_story_names_in_full():
    text = "Gwinnett officers searched the woods overnight. Gwinnett County schools opened late on Friday."
    found = geoparse(text)
    bare = [t for t in found if t.text == "Gwinnett"]
    assert [(t.start, t.feature_code, t.admin1) for t in bare] == [(0, "ADM2", "Georgia")]


def test_a_bare_county_name_stays_a_persons_name_or_part_of_a_longer_name(gaz):
    from tidings.extract.places.recognize import ParseHints, counties_named_elsewhere

    text = "Sheriff Tom Hamilton said Hamilton County roads were shut; Hamilton added that North Platte and Platte County were spared."
    hints = ParseHints(full_name_words={"tom", "hamilton"})
    assert [m.text for m in counties_named_elsewhere(text, gaz, [], hints)] == []


def test_the_and_a_common_noun_opening_a_sentence_is_no_place(gaz):
    # GeoNames calls Oakville and the City of London "The City"; news means its own town.
    assert gaz.lookup("The City")
    found = _found("DENTON — The City Council voted on Tuesday to close two parks in Denton.")
    assert "The City" not in found and "City" not in found
    assert found["Denton"][0] == "US"


def test_a_dateline_without_its_dash_opens_the_text(gaz):
    from tidings.extract.places.recognize import find_dateline

    found = find_dateline("DENVER Officials closed two mountain roads on Friday after heavy snow.", gaz)
    assert (found.start, found.text, found.source) == (0, "DENVER", "DATELINE")
    # Capitals before a lowercase word are a shouted first word, and short ones an acronym.
    assert find_dateline("DENVER officials closed two roads on Friday.", gaz) is None
    assert find_dateline("USA Today reported the closures on Friday.", gaz) is None


def test_a_place_name_opening_a_persons_full_name_is_that_person():
    text = (
        "RED DEER - Twelve-year-old Jordan Miller won the junior race on Sunday. "
        "Jordan trained for two winters before the move, and Jordan's coach said the win was earned."
    )
    assert "Jordan" not in _found(text)
    # Put after "in" or "from" anywhere in the story, the name stays a place.
    text = "Jordan Miller flew home on Sunday. Jordan closed its border, and aid reached camps in Jordan."
    assert _found(text)["Jordan"][0] == "JO"


def test_a_makers_name_before_its_product_is_no_place():
    text = "A 2004 Toyota Corolla driven by Ann Roe ran a red light on Elm Avenue. The Toyota then hit a parked van."
    assert "Toyota" not in _found(text)
    # Where the text puts the name after "in", the town is meant.
    assert _found("Workers at the plant in Toyota built a Toyota Corolla every minute.")["Toyota"][0] == "JP"


def test_names_joined_by_a_spaced_ampersand_are_a_firm_not_towns():
    found = _found(
        "COLUMBIA, S.C. - The city rejected a settlement offer from Stevens & Wilkinson, the design firm, on Monday."
    )
    assert "Stevens" not in found and "Wilkinson" not in found
    assert found["S.C."][2] == "ADM1"
    # No spaces: a university's name keeps its state.
    assert _found("Students at Texas A&M University protested on Monday.")["Texas"] == ("US", "Texas", "ADM1")


def test_the_field_of_an_office_after_of_is_no_town():
    found = _found(
        "Pete Kampfer, president of the Paris Chamber of Commerce, spoke at the dinner in Texas. "
        "The Department of Labor said jobs were lost in Texas."
    )
    assert "Commerce" not in found and "Labor" not in found
    assert found["Paris"][:2] == ("US", "Texas")


def test_a_surname_written_after_a_middle_initial_is_that_person_alone():
    found = _found(
        "A coroner in California ruled that the shooting of Darnell K. Bell on Jan. 23 was justified. "
        "Officers said Bell ran from them before the struggle, and Bell was shot twice."
    )
    assert "Bell" not in found
    assert found["California"][2] == "ADM1"
    from tidings.extract.places.recognize import initialled_surnames

    assert initialled_surnames("Harry S. Truman's papers and John F. Kennedy's speech") == {"truman", "kennedy"}
    assert initialled_surnames("Fort St. John and Mt. Pleasant") == set()


def test_a_surname_the_text_never_places_is_that_person_everywhere():
    found = _found(
        "Film producer Andrew Trapani grew up in Ohio. Trapani's first feature opens on Friday, and Trapani said he was nervous."
    )
    assert "Trapani" not in found
    assert found["Ohio"][2] == "ADM1"
    # Put after "to" once, the name is the province wherever it stands.
    placed = _found("Film producer Andrew Trapani flew to Trapani last spring. Trapani is in Sicily.")
    assert placed["Trapani"][0] == "IT"


def test_a_water_body_named_after_the_land_beside_it_is_not_that_land():
    found = _found("The river meanders from northwest of Tyler to the Gulf of Mexico near Beaumont, Texas.")
    assert "Mexico" not in found
    assert found["Beaumont"][:2] == ("US", "Texas")
    found = _found("Pirates seized a tanker in the Gulf of Guinea on Tuesday, officials in Lagos said.")
    assert "Guinea" not in found and found["Lagos"][0] == "NG"
    # A whole name the gazetteer knows still wins.
    assert _found("Ferries to the Isle of Man were cancelled.")["Isle of Man"][0] == "IM"


def test_a_local_bodys_town_stands_though_the_parser_calls_the_name_alone_a_person():
    found = _found(
        "Mayor Michael Harding spoke to the annual Woodstock District Chamber of Commerce breakfast. "
        "Harding said Woodstock is faring better than others in Ontario."
    )
    assert found["Woodstock"] == ("CA", "Ontario", "PPL")


def test_a_name_before_a_word_for_its_people_is_a_place():
    found = _found("Two drug addicts who preyed on a vulnerable Hounslow resident have admitted harassment, police in London said.")
    assert found["Hounslow"] == ("GB", "England", "PPL")
    # Not a capitalised word opening a sentence, nor the tail of a longer name.
    found = _found("Early voters lined up in Columbus, Georgia. Supporters of the National Front voters bloc met in Paris.")
    assert "Early" not in found and "Front" not in found


def test_a_longer_place_name_holds_a_word_the_parser_calls_a_person():
    # The parser tags "Marie" alone as a person; the three words are the town.
    found = _found("He grew up far away in Canada - Sault Ste. Marie, Ontario, to be exact.")
    assert found["Sault Ste. Marie"] == ("CA", "Ontario", "PPL")
    assert "Marie" not in found


def test_a_town_after_of_inside_a_person_tag_is_a_place():
    # The parser tags "Harold of Enid" and "Walter of Lawton" as people.
    found = _found("Survivors include a son, Harold of Enid, Oklahoma, and a brother, Walter of Lawton.")
    assert found["Enid"] == ("US", "Oklahoma", "PPL")
    assert found["Lawton"] == ("US", "Oklahoma", "PPL")



def test_a_title_held_of_a_place_keeps_the_whole_person():
    import spacy

    from tidings.extract.places.recognize import _person_before_place

    doc = spacy.blank("en")("Harold of Enid and Duke of Edinburgh")
    assert _person_before_place(doc[0:3]).text == "Harold"
    assert _person_before_place(doc[4:7]).text == "Duke of Edinburgh"


def test_a_news_agencys_name_is_no_place_anywhere_in_the_story():
    found = _found(
        "About 40 homes were buried in Maoxian county in Sichuan province, the Xinhua news agency reported. "
        "The slide blocked a river, according to Xinhua, and Xinhua said 15 people were missing."
    )
    assert "Xinhua" not in found
    assert found["Sichuan"][2] == "ADM1"
    # A nationality before "news agency" keeps its reading.
    assert _found("The Abkhaz news agency said troops left Sukhumi.")["Abkhaz"][0] == "GE"


def test_a_seat_of_government_speaking_is_no_place_but_a_place_where_people_stand():
    found = _found(
        "The governor was twice rebuffed by the White House in his attempts to use the cash. "
        "We are disappointed by the White House's decision, he said in Columbia."
    )
    assert "White House" not in found and "Columbia" in found
    assert _found("Hundreds of protesters rallied outside the White House on Sunday.")["White House"][0] == "US"
    kremlin = [t for t in geoparse("The Kremlin accused Ukraine of trying to kill the president with two drones over the Kremlin.")
               if t.text == "Kremlin"]
    assert len(kremlin) == 1 and kremlin[0].country_code == "RU"
    # A city's other name before a settlement noun is the city, however tagged.
    assert _found("Officials lost control over Almaty and the Nursultan capital.")["Nursultan"][0] == "KZ"


def test_a_saints_name_in_the_possessive_is_a_church_or_school():
    found = _found(
        "The bus stops at Holy Family and St. Michael's Catholic School in Woodstock, Ontario. "
        "Parents may switch their children to St. Michael's next year."
    )
    assert "St. Michael" not in found and "St. Michael's" not in found
    assert found["Woodstock"] == ("CA", "Ontario", "PPL")
    # A well-known city's possessive is still the city.
    assert "St. Petersburg" in _found("Flights link New York with St. Petersburg's Pulkovo airport.")


def test_a_word_that_is_only_a_small_province_gets_the_second_look():
    # "Lakes" is a South Sudanese state of some 40,000 people: before another
    # capitalised word it is part of a firm's name, not the state.
    found = _found("LE Central formed Lakes Edge Apartments, LLC, in Orlando, Florida. Lakes Edge purchased the property in June.")
    assert "Lakes" not in found and found["Orlando"][:2] == ("US", "Florida")
    found = _found("Fighting displaced thousands in Lakes state, South Sudan, officials in Rumbek said.")
    assert found["Lakes"] == ("SS", "Lakes", "ADM1")


def test_a_capital_that_speaks_is_still_a_place_name():
    # The parser tags a capital before "says" as a person; it is its government.
    text = "Fighting flared near the border. Tbilisi says the separatists attacked first, and Moscow denies it."
    assert _found(text).get("Tbilisi", ("",))[0] == "GE"


def test_a_locative_word_before_a_person_tagged_surname_places_nothing():
    # "came to Trapani" is the producer, as the parser says there; the story
    # never puts the name after a locative word as a place.
    text = (
        "Producer Andrew Trapani grew up in Saratoga, California. Trapani said he tested video games first. "
        "The idea for the film came to Trapani after a trip. Trapani said the shoot took 18 days."
    )
    found = _found(text)
    assert "Trapani" not in found
    assert found["Saratoga"][:2] == ("US", "California")


def test_an_area_noun_after_a_lone_name_makes_it_a_place():
    # After a city's possessive the parser tags nothing, and the name is no
    # tail of a longer one: the area noun vouches for it as "in" would.
    text = "Two bombs killed six police officers in Giza's Haram district on Friday, Egyptian officials said."
    found = _found(text)
    assert found["Haram"][0] == "EG"


def test_a_district_name_before_a_known_surname_is_a_first_name():
    # "Nadia" is also an Indian district of some 700,000 people.
    text = (
        "Jahan Nazarian married Noorallah Moayyad in Kermanshah, Iran, in 1948. "
        "\"She was a very kind and loving lady,\" Nadia Moayyad said. "
        "\"We don't know when we will ever go back,\" Nadia Moayyad said of Iran."
    )
    found = _found(text)
    assert "Nadia" not in found
    assert found["Iran"][0] == "IR"


def test_a_town_the_parser_tags_as_an_organisation_by_its_alias_stays_a_town():
    # "Tajoura" is an alias of Tājūrā'; a spelling of the town, not a seat of government.
    text = "Shops reopened along Tajoura's coastal road on Saturday morning as the ceasefire held."
    assert _found(text).get("Tajoura", ("",))[0] == "LY"


def test_settlements_the_gazetteer_lacks_take_the_area_they_are_said_to_lie_in():
    found = _found("Rebels shelled the villages of Qarfoum and Tell Wasri in Idlib on Sunday, residents said.")
    assert found["Qarfoum"] == found["Tell Wasri"] == ("SY", "Idlib", "ADM1")
    # Without the frame an unknown name stays unknown.
    assert "Qarfoum" not in _found("Rebels shelled Qarfoum in Idlib on Sunday, residents said.")


def test_a_country_by_its_initials_heads_an_organisations_name():
    assert _found("Officials at the US Geological Service measured the quake at 6.1.")["US"][0] == "US"
    assert _found("A UK Border Force cutter brought the boat in.")["UK"][0] == "GB"
    # A sum in US dollars names no place.
    assert "US" not in _found("The donors pledged US$40 million for the dam.")


def test_a_named_region_is_a_place_alone_and_after_a_compass_word():
    found = _found("Volunteers crossed over from the North Caucasus, and more are coming from across the Caucasus.")
    assert found["Caucasus"][2] == "RGN"
    assert [t.text for t in geoparse("Volunteers crossed over from the North Caucasus on Monday.")] == ["Caucasus"]


def test_a_nationality_opening_a_buildings_name_is_no_place():
    text = (
        "Paris firefighters put out a kitchen fire at the Spanish Oaks Apartments on Tuesday night. "
        "Four Paris police officers closed the street for an hour."
    )
    found = geoparse(text)
    assert not any(t.text == "Spanish" for t in found)
    # A nationality before people still names the country.
    assert any(t.text == "Spanish" and t.country_code == "ES" for t in geoparse("Spanish tourists were hurt in the fire."))


def test_a_town_before_a_number_or_a_common_noun_is_no_persons_name():
    # The parser tags "Lexington 4" (a school district) and "Athens Parks" as people.
    found = _found(
        "Lexington 4 to cut staff. Lexington 4's board voted on Monday to cut nine "
        "teaching jobs, the superintendent said."
    )
    assert found["Lexington"][0] == "US"
    parks = _found("Athens Parks and Recreation Director Sam Boyd said the city parks would stay open late.")
    assert "Athens" in parks


def test_a_town_before_a_surname_the_text_never_writes_in_lower_case_stays_a_person():
    # "Dallas Stevens" is a player: "Stevens" is a name here, not a noun.
    assert "Dallas" not in _found("Dallas Stevens, 19, scored twice. Stevens said the team had trained hard since the autumn.")


def test_a_post_town_before_an_area_noun_or_its_people_is_a_town(gaz):
    # Towns known only from their post offices need a cue; "area" or "residents" after the name is one.
    assert all(m.entry.feature_code == POST_TOWN for m in gaz.lookup("Tennessee Colony"))
    found = _found("Deputies found the stolen truck abandoned in the Tennessee Colony area late on Sunday night.")
    assert found["Tennessee Colony"][:2] == ("US", "Texas")
    assert _found("Several Lanexa residents packed the meeting to oppose a new landfill.")["Lanexa"][:2] == ("US", "Virginia")


def test_a_post_town_with_no_cue_stays_out():
    assert "Lanexa" not in _found("The Lanexa team packed the meeting to oppose a new landfill.")


def test_an_incident_named_after_its_town_names_the_town():
    # The small model calls "Beledweyne" a person here.
    text = "Al-Shabaab's radio station said the group carried out the Beledweyne bombings and vowed more attacks."
    found = geoparse(text)
    assert [(t.text, t.country_code) for t in found] == [("Beledweyne", "SO")]


def test_a_figurative_attack_after_a_surname_names_no_place():
    found = geoparse("The Smith attack on the budget drew praise from the Jones campaign on Monday.")
    assert not [t for t in found if t.text == "Smith"]


def test_a_name_given_an_age_is_a_person_there_and_after():
    text = "Detectives said Mendoza, 22, was standing outside a home when a man walked up and fired. Mendoza died there."
    assert not [t for t in geoparse(text) if t.text == "Mendoza"]


def test_a_place_after_a_locative_word_keeps_its_reading_beside_an_age():
    found = geoparse("Officers in Mendoza said the man, 45, was hurt in the crash.")
    assert [(t.text, t.country_code) for t in found] == [("Mendoza", "AR")]
