/**
 * Blind statement set 32: eight invented news articles (a glassworks furnace closing on the wire,
 * ambulance delays, a hotel night manager at a tribunal, a funicular feature, a rugby coach sacked, a
 * translation agency's release, flower growers walking out scraped as one paragraph, a cement maker's
 * results) written by a separate session that read no code (session 17). Right speaker at first sight
 * on cd1312a: 64/73 = 87.7 % (found 95.9 %, no own-voice sentence given a speaker). Kept CLEAN through
 * session 17 (its misses were not read). Scored by `npx tsx bench/facts-eval.ts --score
 * statement-patterns --blind-32`.
 */
import type { BlindArticle } from './statement-blind.fixture.js';

export const BLIND32_STATEMENT_ARTICLES: BlindArticle[] = [
  {
    name: "kestrin-furnace-closure-wire",
    body: "VELMORAY, March 11 (Northwire) — Kestrin Glassworks will let the oldest of its three furnaces go cold next month, ending nearly a century of bottle-making at the site.\nThe company said on Tuesday that soaring gas bills had made the furnace uneconomic to run.\n\nAbout 140 of the plant's 410 workers will lose their jobs, the company estimates.\n\"We have held on for as long as we responsibly could,\" chief executive Orla Fenwycke told reporters at the gates.\n\"Nobody in this building wanted to make this call.\"\n\"But a furnace burns money whether it is full or empty.\"\n\nThe glassmakers' union, Vitra Workers Alliance, accused management of quietly shifting orders to a cheaper plant across the border.\nIts regional organiser, Tobiah Marlund, said members would ballot on strike action before the end of the month.\nA show of hands at a canteen meeting on Monday backed the ballot by a wide margin.\n\nEnergy costs at the plant have roughly tripled since 2021, according to figures filed with the regional trade office.\nKestrin makes jars and bottles for food companies across northern Europe.\nAnalysts at Cassbrook Securities said the closure would trim the group's capacity by about a fifth.\nThe shares closed 2.3 percent lower.\nThe mayor of Velmoray, Ines Castabel, called the news \"a blow to every family on the hill\".",
    gold: [
      { at: '1.2', speaker: "Kestrin Glassworks", cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: "Kestrin Glassworks", cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: "Orla Fenwycke", cue: 'direct', who: 'person' },
      { at: '2.3', speaker: "Orla Fenwycke", cue: 'continued', who: 'person' },
      { at: '2.4', speaker: "Orla Fenwycke", cue: 'continued', who: 'person' },
      { at: '3.1', speaker: "Vitra Workers Alliance", cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: "Tobiah Marlund", cue: 'reported', who: 'person' },
      { at: '4.1', speaker: "figures filed with the regional trade office|regional trade office", cue: 'according-to', who: 'document' },
      { at: '4.3', speaker: "Cassbrook Securities analysts|Cassbrook Securities", cue: 'reported', who: 'group' },
      { at: '4.5', speaker: "Ines Castabel", cue: 'direct', who: 'person' },
    ],
  },
  {
    name: "harrowdene-ambulance-delays-local",
    body: "Ambulances in the Harrowdene district took an average of 41 minutes to reach the most serious calls last winter, more than twice the national target, a review has found.\nThe review was commissioned by the Pellardine Ambulance Service after a string of complaints from families.\n\nIts author, retired paramedic Conrad Ashvale, wrote that crews spent far too long queueing outside the emergency department at St Ebba's Hospital.\nOn the worst night in January, eleven ambulances sat in the car park at once.\n\"Every hour a crew spends waiting on a trolley bay is an hour nobody else can have them,\" he said.\n\nThe service's chief executive, Marguerite Olowe, said she accepted all fourteen of the review's recommendations.\nShe told the board the service had been \"stretched past breaking point\" by the closure of two nearby emergency departments.\nThe chief executive added that twelve new vehicles would be on the road by September.\nBoard members voted unanimously on Thursday to publish the full document.\n\nFamilies who gave evidence were less forgiving.\nDelphine Harrowby, whose father lay on his kitchen floor for three hours after a fall, said: \"They keep apologising and apologising.\"\n\"I want them to stop saying sorry and start turning up.\"\n\nA sign taped to the wall of the ambulance bay now reads: \"Handover target 15 minutes — please escalate.\"\nHospital managers insist the delays are caused by a shortage of beds further along the system.",
    gold: [
      { at: '1.1', speaker: "review", cue: 'reported', who: 'document' },
      { at: '2.1', speaker: "Conrad Ashvale", cue: 'reported', who: 'person' },
      { at: '2.3', speaker: "Conrad Ashvale", cue: 'direct', who: 'person' },
      { at: '3.1', speaker: "Marguerite Olowe", cue: 'reported', who: 'person' },
      { at: '3.2', speaker: "Marguerite Olowe", cue: 'direct', who: 'person' },
      { at: '3.3', speaker: "Marguerite Olowe", cue: 'reported', who: 'person' },
      { at: '4.2', speaker: "Delphine Harrowby", cue: 'colon', who: 'person' },
      { at: '4.3', speaker: "Delphine Harrowby", cue: 'continued', who: 'person' },
      { at: '5.2', speaker: "hospital managers|St Ebba's Hospital managers", cue: 'reported', who: 'group' },
    ],
  },
  {
    name: "brightholm-tribunal-court",
    body: "A former night manager at the Brightholm Hotels chain was sacked after he complained about chained fire exits, his barrister, Yusuf Trevascus, told an employment tribunal in Carrowmere on Monday.\nGethin Stallard, 46, worked at the chain's Quayside hotel for nine years before he was dismissed in March last year.\n\nMr Trevascus said Mr Stallard had emailed head office four times about the exits.\n\"Each email was read, and each was ignored,\" he told the panel.\n\"Then the man who wrote them was shown the door.\"\n\nBrightholm Hotels denies that the dismissal had anything to do with the complaints.\nIn its written response, the company said Mr Stallard had been let go for persistent lateness.\nHe clocked in late on 19 occasions in his final year, according to the firm's rota records.\n\nGiving evidence on Tuesday, Mr Stallard said he had never received a written warning.\nUnder cross-examination he accepted that he had been spoken to about timekeeping twice.\n\"I was never once told my job was at risk,\" he said.\n\nThe panel, chaired by Employment Judge Rosalind Tiernan, refused an application by the company to strike out part of the claim.\nA fire safety notice served on the Quayside hotel by the county fire authority in May was produced in evidence.\nThe hearing continues.",
    gold: [
      { at: '1.1', speaker: "Yusuf Trevascus", cue: 'reported', who: 'person' },
      { at: '2.1', speaker: "Yusuf Trevascus", cue: 'reported', who: 'person' },
      { at: '2.2', speaker: "Yusuf Trevascus", cue: 'direct', who: 'person' },
      { at: '2.3', speaker: "Yusuf Trevascus", cue: 'continued', who: 'person' },
      { at: '3.1', speaker: "Brightholm Hotels", cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: "Brightholm Hotels", cue: 'reported', who: 'organisation' },
      { at: '3.3', speaker: "Brightholm Hotels|Brightholm Hotels rota records", cue: 'according-to', who: 'document' },
      { at: '4.1', speaker: "Gethin Stallard", cue: 'reported', who: 'person' },
      { at: '4.2', speaker: "Gethin Stallard", cue: 'reported', who: 'person' },
      { at: '4.3', speaker: "Gethin Stallard", cue: 'direct', who: 'person' },
    ],
  },
  {
    name: "saint-auberon-funicular-feature",
    body: "For 112 years the little red cars of the Saint Auberon funicular have crept up the cliff above Lesterwick, one climbing as the other descends.\nLast summer the haul cable snapped during a routine test, and they have not moved since.\n\n\"It was like hearing a church bell crack,\" says Hesper Quaintance, who has driven the line for twenty-two years.\n\"You feel it in your teeth.\"\nShe says both cars were empty and nobody was hurt.\n\nThe line belongs to the Lesterwick Cliff Tramway Trust, a charity run largely by volunteers.\nIts chair, Barnabas Okonjo-Reeve, reckons a full repair will cost at least £1.8 million.\nThat figure, he admits, is roughly ten times the trust's annual income.\n\nEngineers from Haldenby Rope & Haul, who inspected the winding gear in the autumn, said the steel had been wearing unevenly for decades.\nTheir report concluded that the original 1913 wheel could be saved but the brakes would have to be rebuilt.\n\nTownspeople have been blunt.\n\"Without the funicular, the lower town is just a car park with a view,\" one café owner told me.\nThe petition's organisers say it has gathered 9,400 signatures since Easter.\nOutside the top station a hand-painted board still reads \"Next car in 5 minutes\".",
    gold: [
      { at: '2.1', speaker: "Hesper Quaintance", cue: 'direct', who: 'person' },
      { at: '2.2', speaker: "Hesper Quaintance", cue: 'continued', who: 'person' },
      { at: '2.3', speaker: "Hesper Quaintance", cue: 'reported', who: 'person' },
      { at: '3.2', speaker: "Barnabas Okonjo-Reeve", cue: 'reported', who: 'person' },
      { at: '3.3', speaker: "Barnabas Okonjo-Reeve", cue: 'reported', who: 'person' },
      { at: '4.1', speaker: "Haldenby Rope & Haul|engineers", cue: 'reported', who: 'organisation' },
      { at: '4.2', speaker: "Haldenby Rope & Haul|report", cue: 'reported', who: 'document' },
      { at: '5.2', speaker: "café owner", cue: 'direct', who: 'person' },
      { at: '5.3', speaker: "petition organisers|organisers", cue: 'reported', who: 'group' },
    ],
  },
  {
    name: "harnwick-coach-sacked-sport",
    body: "Harnwick RFC have sacked head coach Desmond Vallory after a run of nine straight defeats left them bottom of the Championship.\nThe club confirmed the decision in a short statement on Sunday evening, thanking Vallory for \"four years of commitment\".\n\nChairman Lionel Abernethy-Cole said the board had not taken the decision lightly.\n\"Desmond is a good man and a fine coach,\" he said.\n\"Results, though, are results, and we are running out of season.\"\n\nForwards coach Pieter Oosthaven will take charge for Saturday's trip to Kellingford.\nOosthaven, a former lock with 31 caps, told the club website he was \"honoured and a bit terrified\".\n\"We need a reaction, and we need it this weekend,\" he added.\n\nVallory's backers in the dressing room were quick to speak up.\nCaptain Rhodri Fanshawe posted online that the players had \"let the coach down, not the other way round\".\nSupporters' group Harnwick Faithful said it was \"baffled\" by the timing, two days before a derby.\n\nHarnwick have not won since September.\nThey host Dunmere Saints on Boxing Day.\nAccording to league officials, a two-point deduction for a late player registration could still be reviewed.",
    gold: [
      { at: '1.2', speaker: "Harnwick RFC", cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: "Lionel Abernethy-Cole", cue: 'reported', who: 'person' },
      { at: '2.2', speaker: "Lionel Abernethy-Cole", cue: 'direct', who: 'person' },
      { at: '2.3', speaker: "Lionel Abernethy-Cole", cue: 'continued', who: 'person' },
      { at: '3.2', speaker: "Pieter Oosthaven", cue: 'reported', who: 'person' },
      { at: '3.3', speaker: "Pieter Oosthaven", cue: 'direct', who: 'person' },
      { at: '4.2', speaker: "Rhodri Fanshawe", cue: 'reported', who: 'person' },
      { at: '4.3', speaker: "Harnwick Faithful", cue: 'reported', who: 'group' },
      { at: '5.3', speaker: "league officials", cue: 'according-to', who: 'group' },
    ],
  },
  {
    name: "parlance-quorum-office-release",
    body: "FOR IMMEDIATE RELEASE\nLOWESBY, 4 June — Parlance Quorum, the specialized legal and medical translation agency, today announced that it has opened an office in Tavistrand, its fourth in Europe.\n\nThe new office will employ 35 translators and interpreters working across 22 languages, the agency said.\n\"Tavistrand is where our clients in pharmaceuticals and energy need us to be,\" said Ottilie Branscombe, the agency's founder and managing director.\n\"Legal translation is not a commodity.\"\n\"A misplaced comma in a patent claim can cost a client millions.\"\n\nBranscombe said the agency would also expand its court interpreting team, which last year covered more than 6,000 hearings.\nThe founder added that Parlance Quorum would not use machine translation for certified documents.\n\"We would rather lose a job than sign off a translation we cannot stand behind,\" she said.\n\nA survey of 300 in-house lawyers commissioned by the agency found that two in three had seen a contract dispute caused by a poor translation.\n\nAbout Parlance Quorum\nParlance Quorum was founded in 2009 and is headquartered in Lowesby.\nIts clients include hospitals, courts and law firms in eleven countries, and it is ISO-certified for medical labeling work.",
    gold: [
      { at: '1.2', speaker: "Parlance Quorum", cue: 'reported', who: 'organisation' },
      { at: '2.1', speaker: "Parlance Quorum", cue: 'reported', who: 'organisation' },
      { at: '2.2', speaker: "Ottilie Branscombe", cue: 'direct', who: 'person' },
      { at: '2.3', speaker: "Ottilie Branscombe", cue: 'continued', who: 'person' },
      { at: '2.4', speaker: "Ottilie Branscombe", cue: 'continued', who: 'person' },
      { at: '3.1', speaker: "Ottilie Branscombe", cue: 'reported', who: 'person' },
      { at: '3.2', speaker: "Ottilie Branscombe", cue: 'reported', who: 'person' },
      { at: '3.3', speaker: "Ottilie Branscombe", cue: 'direct', who: 'person' },
      { at: '4.1', speaker: "survey", cue: 'reported', who: 'document' },
    ],
  },
  {
    name: "veltham-growers-walkout-scraped",
    body: "Growers walk out of Veltham flower auction over new fees\nBy Marit Sjoholm | Published 08:14, 2 April | Updated 11:02\nDozens of tulip and rose growers staged a walkout at the Veltham flower auction on Tuesday, halting the morning clock for almost an hour.\nThe growers say new handling fees of 4 cents a stem will wipe out what little margin they have left.\n\"We are paying to sell at a loss,\" said Jorrit van Beusekom, who grows chrysanthemums under glass near Oudrecht.\n\"Next year there will be fewer of us.\"\nPhoto: Growers gather beside the auction clock on Tuesday morning. (Marit Sjoholm)\nThe auction's operator, Veltham Bloemhal, said in a statement that the fees reflect the rising cost of cooling and transport.\nIts director of operations, Femke Aldewereld, added that fees had not gone up for six years.\nRead more: Kenyan roses and the cost of the cold chain\nGrowers' association Kwekersbond Oost claimed the auction had not consulted members before announcing the change.\nAccording to the association, more than 200 growers have put their names to a letter of protest.\nAuction officials said trading resumed at 7.40am and every lot was sold.\nShare this article: Facebook | X | Email",
    gold: [
      { at: '1.4', speaker: "growers", cue: 'reported', who: 'group' },
      { at: '1.5', speaker: "Jorrit van Beusekom", cue: 'direct', who: 'person' },
      { at: '1.6', speaker: "Jorrit van Beusekom", cue: 'continued', who: 'person' },
      { at: '1.8', speaker: "Veltham Bloemhal", cue: 'reported', who: 'organisation' },
      { at: '1.9', speaker: "Femke Aldewereld", cue: 'reported', who: 'person' },
      { at: '1.11', speaker: "Kwekersbond Oost", cue: 'reported', who: 'organisation' },
      { at: '1.12', speaker: "Kwekersbond Oost", cue: 'according-to', who: 'organisation' },
      { at: '1.13', speaker: "auction officials|Veltham Bloemhal officials", cue: 'reported', who: 'group' },
    ],
  },
  {
    name: "corvanne-cement-results-business",
    body: "Corvanne Cement plans to cut carbon emissions from its kilns by a third by 2032, but environmental groups say the plan leans on technology that barely exists.\nThe group, Britain's third-largest cement maker, published annual results on Wednesday.\n\nPre-tax profit rose 8 per cent to £212 million on sales of £1.4 billion.\nChief executive Saoirse Delahunt said the company would spend £600 million on carbon capture at its Brockhollow works.\n\"Cement is the glue of modern life, and we have to make it cleanly,\" she told analysts on a call.\n\"There is no version of net zero without us.\"\n\nCampaigners at Kilnwatch said they were unconvinced.\nIts policy lead, Ferdinand Oyelowo-Grant, said: \"Carbon capture at this scale has never worked on a cement kiln anywhere in the world.\"\n\"Shareholders are being sold a brochure.\"\n\nThe results also showed that demand for cement in Britain fell for a second year running.\nCorvanne blamed higher interest rates for a slowdown in housebuilding.\nShares in Corvanne rose 4p to 318p.\n\nShareholders will vote on a new pay policy for directors at the annual meeting in May.\nSaid Haulage, which moves about a fifth of Corvanne's output by road, is not affected by the plan.",
    gold: [
      { at: '1.1', speaker: "environmental groups", cue: 'reported', who: 'group' },
      { at: '2.2', speaker: "Saoirse Delahunt", cue: 'reported', who: 'person' },
      { at: '2.3', speaker: "Saoirse Delahunt", cue: 'direct', who: 'person' },
      { at: '2.4', speaker: "Saoirse Delahunt", cue: 'continued', who: 'person' },
      { at: '3.1', speaker: "Kilnwatch", cue: 'reported', who: 'organisation' },
      { at: '3.2', speaker: "Ferdinand Oyelowo-Grant", cue: 'colon', who: 'person' },
      { at: '3.3', speaker: "Ferdinand Oyelowo-Grant", cue: 'continued', who: 'person' },
      { at: '4.1', speaker: "results|Corvanne Cement results", cue: 'reported', who: 'document' },
      { at: '4.2', speaker: "Corvanne Cement", cue: 'reported', who: 'organisation' },
    ],
  },
];
