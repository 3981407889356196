/**
 * Blind statement set 30: eight invented news articles (a pet-food recall on the wire, a toll-motorway
 * price rise, an ice-hockey coach sacked scraped as one paragraph, a seawall vote, a piano workshop
 * feature, a school caterer in court, a language-school chain's results, a beekeepers' press release)
 * written by a separate session that read no code (session 17). Right speaker at first sight on
 * cd1312a: 63/73 = 86.3 % (found 94.5 %, one own-voice sentence given a speaker). Its misses were read
 * after first sight and worked on in session 17. Scored by `npx tsx bench/facts-eval.ts --score
 * statement-patterns --blind-30`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const BLIND30_STATEMENT_ARTICLES: BlindArticle[] = [
  {
    name: "pet-food-recall-wire",
    body: ["CARRANVALE, June 11 (Vantide Wire) — Pet food maker Tallowbrook Foods is recalling 40,000 bags of dry dog food after traces of a mould toxin were found in a batch made at its Carranvale plant.", "The company said in a statement late on Tuesday that no illnesses had been confirmed but that owners should stop using the affected bags at once.", "", "The recall covers three sizes of its Hearthpaw Adult range with best-before dates in March and April next year.", "\"We are taking this step out of an abundance of caution,\" chief executive Moira Dunhelm told Vantide Wire.", "\"Our testing caught the problem, and our testing will tell us how it got there.\"", "She declined to say how many bags had already been sold.", "", "The Pet Feed Standards Office, the industry regulator, said it was aware of the recall and was working with the firm.", "According to the regulator, aflatoxin levels in the tested samples were above the legal limit.", "Shares in Tallowbrook fell 6 percent in early trading.", "", "Dog breeders in the region said they had seen a handful of animals with liver complaints in recent weeks, though none had been linked to the food.", "Bartosz Krolik, who chairs the Westerby Kennel Society, said owners should watch for vomiting and lethargy.", "\"Most dogs will be fine,\" he said.", "\"But if yours goes off its food, get it checked.\"", "Tallowbrook, founded in 1962, sells pet food in 14 countries."].join('\n'),
    gold: [
      { at: '1.2', speaker: "Tallowbrook Foods", cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: "Moira Dunhelm", cue: 'direct', who: 'person' },
      { at: '2.3', speaker: "Moira Dunhelm", cue: 'continued', who: 'person' },
      { at: '3.1', speaker: "Pet Feed Standards Office", cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: "Pet Feed Standards Office", cue: 'according-to', who: 'organisation' },
      { at: '4.1', speaker: "dog breeders|breeders", cue: 'reported', who: 'group' },
      { at: '4.2', speaker: "Bartosz Krolik", cue: 'reported', who: 'person' },
      { at: '4.3', speaker: "Bartosz Krolik", cue: 'direct', who: 'person' },
      { at: '4.4', speaker: "Bartosz Krolik", cue: 'continued', who: 'person' },
    ],
  },
  {
    name: "tolway-price-rise-local",
    body: ["Drivers on the Quellford Tolway will pay £1 more per trip from 1 September, the fourth rise in five years.", "Kestrelway Roads, which runs the 27-mile route under a concession from the National Roads Agency, said the increase reflected higher maintenance and energy costs.", "", "Hauliers reacted angrily.", "\"This is a tax on people who have no other road to use,\" said Hywel Gethenby, regional manager of the Road Freight Alliance.", "\"Our members run on margins of two or three per cent.\"", "\"Another pound a lorry is the difference between a profitable week and a loss.\"", "", "Local councillor Bethan Ostrowe told the Echo she would ask the county council to write to the minister.", "She insists the toll is pushing heavy traffic onto village roads such as the B4410 through Lindley Cross.", "A sign at the Lindley Cross junction already reads \"Unsuitable for HGVs\".", "", "A traffic study commissioned by the council last year found that lorry numbers on the B4410 had doubled since the tolls were last raised.", "Residents have complained of cracked walls and sleepless nights.", "", "Kestrelway said discounts for frequent users would remain in place.", "A spokeswoman for the National Roads Agency said ministers had no power to block the increase under the terms of the concession.", "The new prices take effect at midnight on 31 August."].join('\n'),
    gold: [
      { at: '1.2', speaker: "Kestrelway Roads", cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: "Hywel Gethenby", cue: 'direct', who: 'person' },
      { at: '2.3', speaker: "Hywel Gethenby", cue: 'continued', who: 'person' },
      { at: '2.4', speaker: "Hywel Gethenby", cue: 'continued', who: 'person' },
      { at: '3.1', speaker: "Bethan Ostrowe", cue: 'reported', who: 'person' },
      { at: '3.2', speaker: "Bethan Ostrowe", cue: 'reported', who: 'person' },
      { at: '4.1', speaker: "traffic study", cue: 'reported', who: 'document' },
      { at: '4.2', speaker: "residents", cue: 'reported', who: 'group' },
      { at: '5.1', speaker: "Kestrelway Roads", cue: 'reported', who: 'organisation' },
      { at: '5.2', speaker: "National Roads Agency", cue: 'reported', who: 'organisation' },
    ],
  },
  {
    name: "hockey-coach-sacked-scrape",
    body: ["ICE HOCKEY Share Tweet Email By Callum Frask Sports Reporter 18:42, 3 FEB 2026 The Rookham Stags have sacked head coach Viktor Lindqvarn after nine straight defeats left them bottom of the Elite Northern League.", "The club said in a statement that the decision had been \"taken with great regret\" and that assistant Rory Mulvane would take charge for Saturday's game against Halstow.", "Lindqvarn behind the bench at Foxwell Arena last month (Image: Stags Media) Owner Priya Valancourt said the results had not matched the ambition of the club.", "\"We invested heavily in the summer and we expected to be competing for the play-offs,\" she said.", "\"Nobody wants to make a change in mid-season.\"", "\"But the players and the fans deserve better than where we are.\"", "Read more: Stags sign Finnish defenceman on two-year deal Lindqvarn, who won the league with the Stags in 2022, was not available for comment.", "Mulvane said he was \"honoured\" to step in, if only for a few weeks.", "Captain Joel Ambery told reporters after training that the dressing room \"takes responsibility\" for the slump.", "The skipper added that the squad had let the coach down.", "Supporters' trust Stags Together said fans were owed an explanation at next week's open meeting.", "The Stags have won just four of 26 league games this season.", "Advertisement Sign up to our sports newsletter Comments (14) Most Read"].join('\n'),
    gold: [
      { at: '1.2', speaker: "Rookham Stags", cue: 'reported', who: 'organisation' },
      { at: '1.3', speaker: "Priya Valancourt", cue: 'reported', who: 'person' },
      { at: '1.4', speaker: "Priya Valancourt", cue: 'direct', who: 'person' },
      { at: '1.5', speaker: "Priya Valancourt", cue: 'continued', who: 'person' },
      { at: '1.6', speaker: "Priya Valancourt", cue: 'continued', who: 'person' },
      { at: '1.8', speaker: "Rory Mulvane", cue: 'reported', who: 'person' },
      { at: '1.9', speaker: "Joel Ambery", cue: 'reported', who: 'person' },
      { at: '1.10', speaker: "Joel Ambery", cue: 'reported', who: 'person' },
      { at: '1.11', speaker: "Stags Together", cue: 'reported', who: 'organisation' },
    ],
  },
  {
    name: "seawall-vote-council",
    body: ["The Port Osgood Town Council voted 5-2 on Tuesday night to borrow $18 million for a new seawall along Marsh Road, ending two years of debate.", "Supporters said the existing wall, built in 1958, would not survive another storm like last winter's.", "", "Council President Lorna Hackworth called the vote \"the most important we will take this decade.\"", "\"Every year we wait, the bill gets bigger and the water gets closer,\" she said.", "\"I'm not willing to hand that to the next council.\"", "", "Councilor Desmond Achterhof, who voted no, argued that the town should wait for federal money.", "He said the loan would add about $210 a year to the average property tax bill.", "An engineering report prepared for the town by Shorecrest Coastal Engineering warned that waves topped the wall 11 times in 2025.", "According to the report, parts of Marsh Road could be underwater at high tide by 2040 without new defenses.", "", "Construction is expected to begin in the spring and last 18 months.", "A hand-painted sign on one seafront porch reads \"Build it or we float.\"", "Residents who packed the meeting room cheered when the result was announced.", "Several told the Courier afterward that they had been waiting for the decision since the 2024 nor'easter."].join('\n'),
    gold: [
      { at: '1.2', speaker: "supporters", cue: 'reported', who: 'group' },
      { at: '2.1', speaker: "Lorna Hackworth", cue: 'direct', who: 'person' },
      { at: '2.2', speaker: "Lorna Hackworth", cue: 'direct', who: 'person' },
      { at: '2.3', speaker: "Lorna Hackworth", cue: 'continued', who: 'person' },
      { at: '3.1', speaker: "Desmond Achterhof", cue: 'reported', who: 'person' },
      { at: '3.2', speaker: "Desmond Achterhof", cue: 'reported', who: 'person' },
      { at: '3.3', speaker: "Shorecrest Coastal Engineering report|engineering report", cue: 'reported', who: 'document' },
      { at: '3.4', speaker: "Shorecrest Coastal Engineering report|engineering report", cue: 'according-to', who: 'document' },
      { at: '4.4', speaker: "residents", cue: 'reported', who: 'group' },
    ],
  },
  {
    name: "piano-workshop-feature",
    body: ["In a converted chapel on the edge of Little Cressing, eleven people build about forty upright pianos a year.", "Each takes roughly 600 hours, and the waiting list at Oldroyd & Pardew now stretches to 2028.", "", "\"People assume we are a museum,\" says Harriet Pardew, who took over the firm from her father in 2011.", "\"We are a factory, just a very slow one.\"", "Pardew says demand has grown since the pandemic, when many adults took up the instrument again.", "", "Her head tuner, Osric Mbeki-Lowe, has worked at the bench for thirty-four years.", "He reckons he can tell a spruce soundboard from the Carpathians just by tapping it.", "\"The wood talks to you, if you let it,\" he said, smoothing a strip of felt.", "\"Machines can't hear it.\"", "", "Not everything is rosy.", "The Piano Trades Guild said in its annual survey that British makers had lost half their workshop jobs since 2000.", "Imports from Asia, the survey found, now account for nine in ten new pianos sold in the UK.", "Pardew is unbothered.", "There will always be someone who wants a piano made by a person they can phone up, she said."].join('\n'),
    gold: [
      { at: '2.1', speaker: "Harriet Pardew", cue: 'direct', who: 'person' },
      { at: '2.2', speaker: "Harriet Pardew", cue: 'continued', who: 'person' },
      { at: '2.3', speaker: "Harriet Pardew", cue: 'reported', who: 'person' },
      { at: '3.2', speaker: "Osric Mbeki-Lowe", cue: 'reported', who: 'person' },
      { at: '3.3', speaker: "Osric Mbeki-Lowe", cue: 'direct', who: 'person' },
      { at: '3.4', speaker: "Osric Mbeki-Lowe", cue: 'continued', who: 'person' },
      { at: '4.2', speaker: "Piano Trades Guild", cue: 'reported', who: 'organisation' },
      { at: '4.3', speaker: "Piano Trades Guild survey|survey", cue: 'reported', who: 'document' },
      { at: '4.5', speaker: "Harriet Pardew", cue: 'reported', who: 'person' },
    ],
  },
  {
    name: "school-caterer-court",
    body: ["A school catering firm has been fined £85,000 after more than sixty pupils at a primary school in Elderwick fell ill with food poisoning.", "Brightlunch Catering Ltd pleaded guilty at Hollerton Magistrates' Court to two breaches of food hygiene regulations.", "", "Prosecuting for Elderwick District Council, Naomi Tretheway told the court that chicken served on 14 March had been cooked the day before and left at room temperature overnight.", "She said an inspector had found the kitchen's only fridge running at 11C.", "\"This was not a one-off lapse,\" Ms Tretheway said.", "\"It was a system that had stopped working, and nobody noticed until children were sick.\"", "", "For the company, Gareth Lomaxe said the firm had since replaced its kitchen manager and retrained all staff.", "He told the bench the directors were \"deeply ashamed\".", "", "District Judge Ruth Anselmi said the failings had put very young children at serious risk.", "The judge ordered the company to pay £12,400 in costs on top of the fine.", "", "A spokesperson for the council said Brightlunch's contract with the school had ended in July.", "Parents at the school, in a letter sent to the council last month, wrote that they had \"lost all trust\" in the firm.", "The school now cooks its own meals."].join('\n'),
    gold: [
      { at: '2.1', speaker: "Naomi Tretheway", cue: 'reported', who: 'person' },
      { at: '2.2', speaker: "Naomi Tretheway", cue: 'reported', who: 'person' },
      { at: '2.3', speaker: "Naomi Tretheway", cue: 'direct', who: 'person' },
      { at: '2.4', speaker: "Naomi Tretheway", cue: 'continued', who: 'person' },
      { at: '3.1', speaker: "Gareth Lomaxe", cue: 'reported', who: 'person' },
      { at: '3.2', speaker: "Gareth Lomaxe", cue: 'reported', who: 'person' },
      { at: '4.1', speaker: "Ruth Anselmi", cue: 'reported', who: 'person' },
      { at: '5.1', speaker: "Elderwick District Council", cue: 'reported', who: 'organisation' },
      { at: '5.2', speaker: "parents", cue: 'reported', who: 'group' },
    ],
  },
  {
    name: "language-school-chain-results",
    body: ["Revenue at Lingualia Group, the Castelvaro-based operator of 140 language schools, rose 22% in the first half as international student numbers recovered.", "Chief executive Tomasz Ferreira-Holm said on an earnings call that bookings for the autumn term were \"the strongest we have ever seen.\"", "", "He warned, however, that tighter student visa rules in two of its biggest markets could slow growth next year.", "\"We are not immune to politics,\" he said.", "\"If governments make it harder to study abroad, fewer people will come, and we will have to adapt.\"", "", "Lingualia's closest rival, Said Languages, opened twelve schools in the same period.", "Said Languages said in a filing that it expected to double its school count by 2028.", "Analysts at Brisbeck Securities said Lingualia's margins were the best in the sector.", "In a note to clients, they wrote that the shares looked cheap at current levels.", "", "Lingualia's shares closed up 4.1% at 18.20 euros.", "According to the company's half-year report, the number of adult learners enrolled online rose to 61,000.", "The chief financial officer, Inés Marlowe-Quist, told investors the online business would break even in 2027.", "The group plans to open its first schools in Southeast Asia next spring."].join('\n'),
    gold: [
      { at: '1.2', speaker: "Tomasz Ferreira-Holm", cue: 'reported', who: 'person' },
      { at: '2.1', speaker: "Tomasz Ferreira-Holm", cue: 'reported', who: 'person' },
      { at: '2.2', speaker: "Tomasz Ferreira-Holm", cue: 'direct', who: 'person' },
      { at: '2.3', speaker: "Tomasz Ferreira-Holm", cue: 'continued', who: 'person' },
      { at: '3.2', speaker: "Said Languages", cue: 'reported', who: 'organisation' },
      { at: '3.3', speaker: "Brisbeck Securities analysts|analysts", cue: 'reported', who: 'group' },
      { at: '3.4', speaker: "Brisbeck Securities analysts|analysts", cue: 'reported', who: 'group' },
      { at: '4.2', speaker: "Lingualia Group half-year report|Lingualia Group", cue: 'according-to', who: 'document' },
      { at: '4.3', speaker: "Inés Marlowe-Quist", cue: 'reported', who: 'person' },
    ],
  },
  {
    name: "beekeepers-association-release",
    body: ["FOR IMMEDIATE RELEASE", "The Ravensmoor Beekeepers' Association today warned that honey yields in the county fell by almost a third last summer, the worst harvest since records began in 1979.", "", "Figures collected from 212 member apiaries show an average yield of 9.4 kg per hive, down from 13.8 kg in 2024.", "Association chair Dr Felicity Orme-Barrow said: \"A wet spring followed by a drought in July gave the bees almost no window to forage.\"", "\"Colonies went into the winter hungry, and many of our members have had to feed them sugar syrup.\"", "\"We have never had to do that on this scale.\"", "", "The association will give away 5,000 packets of wildflower seed at its spring show on 12 April.", "A survey of members published in January found that 38 per cent had lost at least one colony to starvation.", "Dr Orme-Barrow added that imported honey blends were undercutting local producers on supermarket shelves.", "", "Tobias Wrenfold, who keeps 40 hives near Hessingham, said the season had been \"heartbreaking\".", "He lost eleven colonies over the winter.", "The chair said members would press the county council for a local honey label at next month's meeting.", "", "Notes to editors: The Ravensmoor Beekeepers' Association was founded in 1921 and has 640 members.", "For media enquiries contact Lydia Tregoning on 01632 960 441."].join('\n'),
    gold: [
      { at: '1.2', speaker: "Ravensmoor Beekeepers' Association", cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: "Ravensmoor Beekeepers' Association figures|figures", cue: 'reported', who: 'document' },
      { at: '2.2', speaker: "Felicity Orme-Barrow", cue: 'colon', who: 'person' },
      { at: '2.3', speaker: "Felicity Orme-Barrow", cue: 'continued', who: 'person' },
      { at: '2.4', speaker: "Felicity Orme-Barrow", cue: 'continued', who: 'person' },
      { at: '3.2', speaker: "members' survey|survey", cue: 'reported', who: 'document' },
      { at: '3.3', speaker: "Felicity Orme-Barrow", cue: 'reported', who: 'person' },
      { at: '4.1', speaker: "Tobias Wrenfold", cue: 'reported', who: 'person' },
      { at: '4.3', speaker: "Felicity Orme-Barrow", cue: 'reported', who: 'person' },
    ],
  },
];
