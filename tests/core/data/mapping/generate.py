#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Phin Security
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the made-up MSP customer data set used by the company matching tests.

Every name is invented. The ConnectWise side is what an MSP's company list looks like
(legal suffixes, identifiers, websites, inactive and deleted records, look-alike names);
the Phin side is how the same customers get typed elsewhere (suffix dropped or changed,
"&" for "and", abbreviations, typos, "The", case and punctuation, accents, a trade name
with the same domain). expected-matches.csv records which company each organisation is.

Deterministic: the same seed writes the same files. Run it from this folder.
"""
import csv
import json
import random

SEED = 20261128
rng = random.Random(SEED)

SURNAMES = """Anderson Baker Carter Delgado Ellis Fischer Garcia Hayes Ingram Jensen Keller Lambert
Morales Nguyen Ortega Patel Quinn Ramirez Schultz Tanaka Underwood Vasquez Whitaker Young Zimmerman
Becker Collins Dawson Foster Gallagher Hoffman Iverson Jordan Kowalski Lindqvist Mahoney Novak
Olsen Petrov Reyes Sullivan Thornton Varga Walsh Yilmaz Brennan Castillo Dubois Erikson""".split()
PLACES = """Harbor View|Blue Ridge|Oakwood|Riverside|Summit|Cedar Park|Lakeshore|Pinecrest|Maple Grove
|Silver Creek|Northgate|Westfield|Eastbrook|Southport|Red Rock|Granite Bay|Willow Springs
|Stonebridge|Clearwater|Highland|Meadowbrook|Fox Hollow|Iron Gate|Brookside|Sunset Valley
|Golden Plains|Crescent City|Bayside|Hillcrest|Prairie Wind|Twin Oaks|Aspen Grove|Copper Canyon
|Evergreen|Falcon Ridge|Glacier Point|Kingsbridge|Lighthouse Point|Mill Creek|Old Town""".replace(
    "\n", "").split("|")
INDUSTRIES = [
    "Dental", "Family Dentistry", "Veterinary Clinic", "Animal Hospital", "Family Medicine",
    "Orthopedics", "Physical Therapy", "Law Group", "Legal Services", "Accounting",
    "CPA Group", "Tax Services", "Insurance Agency", "Realty", "Property Management",
    "Construction", "Builders", "Plumbing", "Plumbing and Heating", "Electric",
    "HVAC Services", "Roofing", "Landscaping", "Auto Repair", "Auto Body", "Logistics",
    "Trucking", "Manufacturing", "Machine Works", "Printing", "Architects", "Engineering",
    "Consulting", "Financial Advisors", "Wealth Management", "Credit Union", "Pharmacy",
    "Eye Care", "Dermatology", "Pediatrics", "Chiropractic", "Bakery", "Brewing",
    "Winery", "Hotel", "Marketing", "Staffing", "Title Company", "Church", "Academy",
    "Montessori School", "Library", "Foundation", "Medical Center", "Surgical Associates",
    "International", "Distribution", "Systems", "Technologies", "Management Group",
]
PATTERNS = ["{surname} {industry}", "{place} {industry}", "{surname} & {surname2} {industry}",
            "{surname} and Sons {industry}", "{place} {industry}", "{surname} {industry}"]
SUFFIXES = ["", "", "", "Inc.", "LLC", "Ltd", "Co.", "Corp.", "Inc", "L.L.C.", "P.C.", "PLLC",
            "GmbH"]
ABBREVIATIONS = {
    "Manufacturing": "Mfg", "International": "Intl", "Associates": "Assoc", "Services": "Svcs",
    "Brothers": "Bros", "Center": "Ctr", "Management": "Mgmt", "Technologies": "Tech",
    "Systems": "Sys", "Distribution": "Dist", "Northgate": "N. Gate", "Medical": "Med",
    "Company": "Co", "and": "&",
}
ACCENTED = {"Dubois": "Dubóis", "Erikson": "Eríkson", "Lindqvist": "Lindqvíst", "Yilmaz": "Yılmaz",
            "Petrov": "Petrov", "Varga": "Várga", "Novak": "Novák"}


def slug(text):
    return "".join(c for c in text.lower() if c.isalnum())


def base_name():
    pattern = rng.choice(PATTERNS)
    surname, surname2 = rng.sample(SURNAMES, 2)
    return pattern.format(surname=surname, surname2=surname2, place=rng.choice(PLACES),
                          industry=rng.choice(INDUSTRIES))


def with_suffix(name, suffix):
    if not suffix:
        return name
    sep = ", " if suffix.startswith("Inc") and rng.random() < 0.5 else " "
    return name + sep + suffix


def typo(name):
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    i = rng.choice(letters[2:-1])
    kind = rng.choice(["swap", "drop", "double", "replace"])
    if kind == "swap" and name[i + 1].isalpha():
        return name[:i] + name[i + 1] + name[i] + name[i + 2:]
    if kind == "drop":
        return name[:i] + name[i + 1:]
    if kind == "double":
        return name[:i] + name[i] + name[i:]
    near = {"a": "s", "e": "r", "i": "o", "o": "p", "n": "m", "r": "t", "s": "d", "t": "y",
            "l": "k", "c": "v", "d": "f", "m": "n"}
    c = name[i].lower()
    return name[:i] + near.get(c, "e") + name[i + 1:]


def abbreviate(name):
    for word, short in ABBREVIATIONS.items():
        if word in name.split():
            return " ".join(short if w == word else w for w in name.split())
    return None


# ConnectWise companies: unique base names, each with a suffix, identifier and website.
names = set()
companies = []
next_id = 250
while len(companies) < 420:
    base = base_name()
    if slug(base) in names:
        continue
    names.add(slug(base))
    suffix = rng.choice(SUFFIXES)
    identifier = slug(base)[:rng.choice([12, 15, 20, 25])]
    website = ""
    if rng.random() < 0.7:
        website = rng.choice(["https://www.", "http://", "www.", ""]) + slug(base)[:18] + \
            rng.choice([".com", ".com", ".net", ".org", ".co.uk", ".de"])
    status = "Active" if rng.random() > 0.08 else "Inactive"
    companies.append({"id": next_id, "identifier": identifier, "base": base,
                      "name": with_suffix(base, suffix), "status": {"name": status},
                      "website": website, "deletedFlag": rng.random() < 0.01})
    next_id += rng.choice([1, 1, 2, 3])

# Look-alikes: a second company that differs by a word ("Lab", "North"), which must not be
# mistaken for the first.
lookalikes = []
for company in rng.sample(companies, 25):
    extra = rng.choice(["Lab", "Labs", "North", "West", "Holdings", "Foundation", "Supply"])
    base = company["base"] + " " + extra
    if slug(base) in names:
        continue
    names.add(slug(base))
    lookalikes.append({"id": next_id, "identifier": slug(base)[:20], "base": base,
                       "name": base, "status": {"name": "Active"}, "website": "",
                       "deletedFlag": False})
    next_id += 1
companies += lookalikes

# Phin organisations: most are customers in ConnectWise, typed differently.
organizations = []
expected = []
mapped = rng.sample([c for c in companies if c not in lookalikes], 300)
variations = ["exact"] * 8 + ["suffix"] * 12 + ["ampersand"] * 5 + ["abbreviation"] * 6 + \
    ["typo"] * 9 + ["the-case-punctuation"] * 5 + ["accents"] * 2 + ["domain"] * 3 + \
    ["identifier"] * 3 + ["spacing"] * 2 + ["location-added"] * 2 + ["word-dropped"] * 2 + \
    ["two-typos"] * 2
for company in mapped:
    base = company["base"]
    variation = rng.choice(variations)
    domain = ""
    org_id = ""
    name = None
    if variation == "exact":
        name = company["name"]
    elif variation == "suffix":
        name = with_suffix(base, rng.choice(["", "Inc.", "LLC", "Ltd.", "Corporation",
                                             "Incorporated", "Co", "Limited"]))
    elif variation == "ampersand":
        if "&" in base:
            name = base.replace("&", "and")
        elif " and " in base:
            name = base.replace(" and ", " & ")
    elif variation == "abbreviation":
        name = abbreviate(base)
    elif variation == "typo":
        name = typo(base)
    elif variation == "the-case-punctuation":
        name = rng.choice(["The " + base, base.upper(), base.lower(), base.replace(" ", "-", 1),
                           base + "."])
    elif variation == "accents":
        for plain, accented in ACCENTED.items():
            if plain in base:
                name = base.replace(plain, accented)
    elif variation == "domain" and company["website"]:
        # A trade name: only the domain tells it is the same customer.
        host = company["website"].split("//")[-1].removeprefix("www.")
        name = rng.choice(["Dr. ", "Team ", ""]) + rng.choice(SURNAMES) + " " + \
            rng.choice(["Office", "Practice", "Partners", "Studio"])
        domain = host
    elif variation == "identifier":
        name = base.split()[0] + " " + rng.choice(["(main office)", "HQ", "Group"])
        org_id = company["identifier"]
    elif variation == "location-added":
        name = base + rng.choice([" - Denver", " (Main St)", " North Office", " Springfield"])
    elif variation == "word-dropped" and len(base.split()) >= 3:
        words = base.split()
        del words[rng.randrange(1, len(words) - 1)]
        name = " ".join(words)
    elif variation == "two-typos":
        name = typo(typo(base))
    elif variation == "spacing":
        words = base.split()
        name = "".join(words[:2]) + (" " + " ".join(words[2:]) if len(words) > 2 else "")
    if name is None:  # the variation does not apply to this name: a plain suffix change
        name = with_suffix(base, rng.choice(["", "LLC", "Inc."]))
        variation = "suffix"
    if not domain and company["website"] and rng.random() < 0.25:
        domain = company["website"].split("//")[-1].removeprefix("www.")
    organizations.append({"name": name, "domain": domain, "id": org_id})
    expected.append((name, company["id"], variation))

# Organisations that are not in ConnectWise at all; some look like a company that is.
for _ in range(40):
    base = base_name()
    if slug(base) in names:
        continue
    organizations.append({"name": with_suffix(base, rng.choice(SUFFIXES)), "domain": "", "id": ""})
    expected.append((organizations[-1]["name"], "", "not-in-connectwise"))
for company in rng.sample([c for c in companies if c not in mapped and c not in lookalikes], 15):
    name = company["base"] + " " + rng.choice(["Lab", "Holdings", "Supply", "West"])
    if slug(name) in names:
        continue
    organizations.append({"name": name, "domain": "", "id": ""})
    expected.append((name, "", "look-alike-not-in-connectwise"))

order = list(range(len(organizations)))
rng.shuffle(order)
seen = set()
with open("phin-organizations.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["name", "domain", "id"])
    for i in order:
        if organizations[i]["name"] in seen:
            continue
        seen.add(organizations[i]["name"])
        o = organizations[i]
        w.writerow([o["name"], o["domain"], o["id"]])
seen = set()
with open("expected-matches.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["organization", "connectwise_company_id", "variation"])
    for i in order:
        if expected[i][0] in seen:
            continue
        seen.add(expected[i][0])
        w.writerow(expected[i])
for c in companies:
    del c["base"]
rng.shuffle(companies)
with open("connectwise-companies.json", "w", encoding="utf-8") as f:
    json.dump(companies, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(companies), "companies,", len(seen), "organizations")
