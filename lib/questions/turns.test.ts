import { describe, expect, it } from "vitest";
import { analyze, isLeadIn } from "./analysis";
import { candidateBank, generateQuestions } from "./index";
import { stateRelease } from "./test-helpers";
import { transcriptTurns, turnQuestions } from "./turns";

// Modelled on set F's joint press availabilities (U.S. Department of State, public domain).
const release = (title: string, byline: string, body: string[]) => stateRelease(title, byline, body, { date: "2021-06-27", place: "Rome, Italy" });

const lapid = release("Secretary Antony J. Blinken And Israeli Foreign Minister Yair Lapid Before Their Meeting", "Antony J. Blinken, Secretary of State", [
  "FOREIGN MINISTER LAPID: Hello, everybody. Secretary Blinken and I represent new administrations. There is no relationship more important to Israel than the United States of America.",
  "In the past few years, mistakes were made. Thank you very much, Mr. Secretary, for your friendship.",
  "We believe the way to discuss disagreements is through direct and professional conversation, not in press conferences.",
  "We will discuss a range of issues, including strengthening our ability to defend ourselves against every threat.",
  "Our deepest condolences go to the families of the people killed in the collapse of the building in Surfside.",
  "SECRETARY BLINKEN: Well, Foreign Minister Lapid, thank you. It is great to see you face to face.",
  "We have the situation in Gaza where there is an urgent need both for humanitarian assistance and, more broadly, reconstruction.",
  "Do we agree on every tactic? We have the same objectives; sometimes we differ on the tactics.",
  "A durable ceasefire will depend on steady work by many partners over many months in the region.",
  "Thank you for being here, for taking the time to get here.",
]);

describe("a transcript's turns (engine 15, ADR 034)", () => {
  it("reads whose words each sentence is from the speaker labels, with the names the title prints", () => {
    const { turns, speakers } = transcriptTurns(analyze(lapid));
    expect(speakers.sort()).toEqual(["Antony J. Blinken", "Yair Lapid"]);
    const by = (re: RegExp) => turns.find((t) => re.test(t.text))?.speaker;
    expect(by(/mistakes were made/)).toBe("Yair Lapid");
    expect(by(/professional conversation/)).toBe("Yair Lapid");
    expect(by(/urgent need both for humanitarian/)).toBe("Antony J. Blinken");
  });

  it("leaves out small talk, questions, talk to the other speaker and what names a speaker or their country", () => {
    const texts = transcriptTurns(analyze(lapid)).turns.map((t) => t.text).join("\n");
    expect(texts).not.toMatch(/Hello|Thank you|great to see you|no relationship more important to Israel|Secretary Blinken and I|Do we agree/);
  });

  it("asks who said a sentence, proved by the transcript, and says where the label is when the turn is long", () => {
    const qs = turnQuestions(analyze(lapid));
    const gaza = qs.find((q) => q.type === "quote_attribution" && /urgent need both for humanitarian/.test(q.prompt))!;
    expect(gaza.answer).toBe("Antony J. Blinken");
    expect(gaza.choices).toContain("Yair Lapid");
    expect(lapid.slice(gaza.evidenceStart, gaza.evidenceEnd)).toMatch(/^SECRETARY BLINKEN: Well/);
    const deep = qs.find((q) => q.type === "quote_attribution" && /Surfside/.test(q.prompt))!;
    expect(deep.answer).toBe("Yair Lapid");
    expect(lapid.slice(deep.evidenceStart, deep.evidenceEnd)).toMatch(/^Our deepest condolences/);
    expect(deep.explanation).toContain('"FOREIGN MINISTER LAPID:"');
  });

  it("passes the gates and reaches the quiz, though the other speaker's turns are no sentence of the text's own", () => {
    const { candidates } = candidateBank(lapid);
    expect(candidates.filter((c) => c.transcript && c.type === "quote_attribution").length).toBeGreaterThanOrEqual(3);
    const quiz = generateQuestions(lapid, {}).questions;
    expect(quiz.some((q) => q.type === "quote_attribution" && q.answer === "Yair Lapid")).toBe(true);
    // Lapid's words are still never framed as the Secretary's.
    expect(quiz.some((q) => /Blinken said: .*(professional conversation|mistakes were made)/.test(q.prompt))).toBe(false);
  });

  it("asks 'Which of these did X say?' with the other speaker's sentences as the wrong answers", () => {
    const said = turnQuestions(analyze(lapid)).find((q) => q.answerKey === "said:Yair Lapid")!;
    expect(said.choices).toHaveLength(4);
    expect(said.choices.filter((c) => /professional conversation|mistakes were made|defend ourselves|Surfside/.test(c))).toEqual([said.answer]);
    expect(said.choices.some((c) => /urgent need|same objectives|durable ceasefire/.test(c))).toBe(true);
  });

  it("asks nothing of an interview (one named speaker) or of a text without labels", () => {
    const interview = release("Secretary Antony J. Blinken With Norah O'Donnell of CBS Evening News", "Antony J. Blinken, Secretary of State", [
      "QUESTION: We want to bring in Secretary of State Antony Blinken. Was this a failure of American diplomacy?",
      "SECRETARY BLINKEN: To the contrary, diplomacy succeeded in bringing the world together against Russian aggression in Europe.",
      "QUESTION: I wonder if it is too late. How can the world stand by?",
      "SECRETARY BLINKEN: We have spent months building with allies and partners very significant consequences for Russia.",
      "QUESTION: Do you believe Putin will stop at Ukraine?",
    ]);
    expect(transcriptTurns(analyze(interview)).turns).toEqual([]);
    expect(turnQuestions(analyze("The Senate passed the bill on Tuesday by a vote of 60 to 40. The House will take it up next week."))).toEqual([]);
  });

  it("leaves out an 'it' that points back, a hanging 'Because …' and speech that breaks off (set G's raters)", () => {
    const text = release("Secretary Antony J. Blinken And Moldovan Foreign Minister Nicu Popescu Before Their Meeting", "Antony J. Blinken, Secretary of State", [
      "FOREIGN MINISTER POPESCU: We see the images on television every night and it has to stop.",
      "Because the region needs stability and investment, the reforms will continue next year.",
      "There is a moment in that we all - we are all have to seize the opportunity.",
      "For the people fleeing the war, it is important to keep the border crossings open.",
      "SECRETARY BLINKEN: Our strategic dialogue brings together three working groups on energy, the rule of law and security.",
    ]);
    const texts = transcriptTurns(analyze(text)).turns.map((t) => t.text).join("\n");
    expect(texts).not.toMatch(/has to stop|Because the region|we are all have/);
    expect(texts).toMatch(/it is important to keep the border crossings open/);
    expect(texts).toMatch(/three working groups/);
  });

  it("never asks 'Who said' about a sentence that is a wrong answer of the quiz's 'Which of these did X say?'", () => {
    for (const seed of [0, 1, 2, 3]) {
      const quiz = generateQuestions(lapid, { seed }).questions;
      const offered = quiz.filter((q) => / say, according to the transcript\?$/.test(q.prompt)).flatMap((q) => q.choices.filter((c) => c !== q.answer));
      const asked = quiz.filter((q) => q.type === "quote_attribution").map((q) => q.prompt.match(/"(.*)"/)![1]);
      for (const o of offered) expect(asked.some((a) => o.startsWith(a))).toBe(false);
    }
  });

  it("reads the White House's 'THE PRESIDENT:' as the President of the text's year, and no courtesy title of the text's subject", () => {
    const wh = (title: string, body: string[]) => `${title}\n\nThe White House, speeches and remarks, 2023-08-29\n\nOval Office\n\n${body.join("\n\n")}`;
    const costa = wh("Remarks by President Biden and President Rodrigo Chaves of Costa Rica Before Bilateral Meeting", [
      "THE PRESIDENT: Well, Mr. President, welcome. Our two democracies are working together to manage migration across the hemisphere in a humane and orderly way.",
      "PRESIDENT CHAVES: Thank you, Mr. President. Our small country has received more than half a million people who fled the crisis next door.",
    ]);
    expect(transcriptTurns(analyze(costa)).speakers.sort()).toEqual(["Joe Biden", "Rodrigo Chaves"]);
    const griner = wh("Remarks by President Biden on the Release of Brittney Griner", [
      "THE PRESIDENT: Today, Brittney Griner is finally coming home after months of being held in Russia under intolerable circumstances.",
      "MS. GRINER: Today my family is whole, and we are grateful to everyone who worked for her release over these long months.",
    ]);
    expect(transcriptTurns(analyze(griner)).speakers).toEqual([]);
  });

  it("leaves out a quote about someone it does not name, a sentence that starts mid-thought, and the speaker's own office (set I)", () => {
    const text = release("Secretary Antony J. Blinken And Kenyan Foreign Minister Alfred Mutua Before Their Meeting", "Antony J. Blinken, Secretary of State", [
      "FOREIGN MINISTER MUTUA: With his hope, he made history rhyme for countless people across our region.",
      "For while we may have been divided by distance, we are united by the same democratic values.",
      "Among them, we have the workforce and a young and creative generation of entrepreneurs.",
      "SECRETARY BLINKEN: My administration has been in constant contact with partners across the region this month.",
      "Our partnership now includes clean energy projects that power over one million homes across the country.",
    ]);
    const texts = transcriptTurns(analyze(text)).turns.map((t) => t.text).join("\n");
    expect(texts).not.toMatch(/history rhyme|For while|Among them|My administration/);
    expect(texts).toMatch(/clean energy projects/);
  });

  it("frames no one's words as the Vice President's but hers in a White House text of two speakers (set I)", () => {
    const text = [
      "Remarks by Vice President Harris and Governor Josh Shapiro in a Press Gaggle",
      "The White House, speeches and remarks, 2024-07-13",
      "Reading Terminal Market",
      "THE VICE PRESIDENT: It is good to be back here in Pennsylvania, where the stakes of this election are very high for working families. The election is taking place in 115 days. Our campaign has offices in every county of the state.",
      "GOVERNOR SHAPIRO: I am just grateful that the vice president is here today. We have been friends for 20 years. She has fought for the people of this state for decades.",
      "THE VICE PRESIDENT: Pennsylvania has a unique relationship with freedom and democracy, and our campaign will be here often.",
    ].join("\n\n");
    const a = analyze(text);
    expect(a.sentences.find((s) => /friends for 20 years/.test(s.norm))?.usable).toBe(false);
    expect(a.sentences.find((s) => /unique relationship/.test(s.norm))?.usable).toBe(true);
    expect(generateQuestions(text, { all: true }).questions.some((q) => /Harris said: .*friends for/.test(q.prompt))).toBe(false);
  });
  it("reads the room ('AUDIENCE:', 'PARTICIPANTS:') as no speaker and none of the text's own words", () => {
    const text = [
      "Remarks by First Lady Jill Biden on Infrastructure in Pittsburgh",
      "The White House, speeches and remarks, 2022-01-28",
      "Carnegie Mellon University",
      "1:15 P.M. EST",
      "DR. BIDEN: The bipartisan infrastructure law will repair the bridge that collapsed here this morning and many more like it across the state.",
      "AUDIENCE: Build the bridge back better than it was before this winter, we say!",
      "DR. BIDEN: The law puts one billion dollars a year into bridges in Pennsylvania over the next five years.",
      "PARTICIPANTS: We are ready to start the work on the bridges as soon as the money arrives here.",
      "DR. BIDEN: Every one of those dollars will be spent on bridges that carry people to work and school.",
    ].join("\n\n");
    const a = analyze(text);
    expect(a.sentences.find((s) => /Build the bridge back/.test(s.norm))?.usable).toBe(false);
    expect(a.sentences.find((s) => /ready to start the work/.test(s.norm))?.usable).toBe(false);
    // One speaker and the room: her words are the text's own, not a transcript of several speakers (nobody's).
    expect(a.sentences.find((s) => /one billion dollars a year/.test(s.norm))?.usable).toBe(true);
    expect(a.sentences.find((s) => /carry people to work/.test(s.norm))?.usable).toBe(true);
    expect(transcriptTurns(a).speakers).toEqual([]);
  });
  it("reads a fact sheet's lead-ins in capitals as topics, not speakers ('STOPPING INVASIVE CARP:')", () => {
    for (const l of ["STOPPING INVASIVE CARP", "THE PROBLEM", "A HISTORIC INVESTMENT", "BACKGROUND", "PRESIDENT TRUMP KEEPS HIS PROMISES", "EQUAL OPPORTUNITY FOR WOMEN AND GIRLS"]) expect(isLeadIn(l)).toBe(true);
    for (const l of ["KING ABDULLAH", "THE PRESIDENT", "THE VICE PRESIDENT", "FOREIGN MINISTER LAPID", "MS. JEAN-PIERRE", "Q", "RANKING MEMBER MCCAUL"]) expect(isLeadIn(l)).toBe(false);
    const text = [
      "Fact Sheet: President Biden Announces New Investments in Bridges",
      "The White House, statements and releases, 2022-01-14",
      "Today, the President announced the largest investment in the nation's bridges since the interstate highway system was built. The money comes from the bipartisan infrastructure law. It will repair about 15,000 highway bridges over five years.",
      "REPAIRING BRIDGES: The Bridge Replacement, Rehabilitation, Preservation, Protection, and Construction Program will provide $26.5 billion to states.",
      "HELPING TRIBES: The program sets aside $825 million for bridges on tribal lands across the country.",
    ].join("\n\n");
    const a = analyze(text);
    expect(a.labels.filter(Boolean)).toEqual([]);
    expect(a.sentences.find((s) => /\$26\.5 billion/.test(s.norm))?.usable).toBe(true);
    expect(a.sentences.find((s) => /\$825 million/.test(s.norm))?.usable).toBe(true);
    // Topics that read like names ("TARIFFS WORK", "CHINESE ACTIONS"): no label of the text names anyone by a title
    // (engine 17 asked "Who said" between "Donald J. Trump Reprioritizes Cybersecurity" and its like; set J).
    const topics = text.replace("REPAIRING BRIDGES:", "TARIFFS WORK:").replace("HELPING TRIBES:", "CHINESE ACTIONS:");
    expect(analyze(topics).labels.filter(Boolean)).toEqual([]);
    expect(analyze(topics).sentences.find((s) => /\$825 million/.test(s.norm))?.usable).toBe(true);
    expect(turnQuestions(analyze(topics))).toEqual([]);
    // A briefing's labels stay: one names someone by a title.
    const briefing = analyze(["Press Briefing by Press Secretary Karine Jean-Pierre", "The White House, press briefings, 2023-05-02", "MS. JEAN-PIERRE: The President will travel to Ottawa next week to meet the Prime Minister of Canada.", "Q: Will the President raise the question of tariffs on softwood lumber during the visit?", "MS. JEAN-PIERRE: The two leaders will discuss trade, energy and the security of the continent."].join("\n\n"));
    expect(briefing.labels.filter(Boolean)).toEqual(["MS. JEAN-PIERRE", "Q", "MS. JEAN-PIERRE"]);
    // An FAQ's "Q:" and "A:": the questions are left out, the answers are the document's own words.
    const faq = analyze(["Q&A Regarding Memorandum M-25-13", "Office of Management and Budget, 2025-01-28",
      "Q: Is this a freeze on all federal financial assistance to the states?", "A: No, the pause does not apply across the board to every federal program.",
      "Q: Is this a freeze on benefits to Americans like student loans?", "A: Any program that provides direct benefits to Americans is excluded from the pause.",
      "Q: Is the pause of federal financial assistance an impoundment?", "A: The pause is temporary and limited to programs that the executive orders name."].join("\n\n"));
    expect(faq.sentences.find((x) => /impoundment/.test(x.norm))?.usable).toBe(false);
    expect(faq.sentences.find((x) => /direct benefits to Americans is excluded/.test(x.norm))?.usable).toBe(true);
  });

  it("reads a transcript of others' words as too few sentences of the text's own, not as a text too short to read", () => {
    const text = [
      "Remarks by First Lady Jill Biden and Governor Josh Shapiro at a School Visit",
      "The White House, speeches and remarks, 2023-09-05",
      "MR. SMITH: The school opened its new library this fall with twelve thousand books for students.",
      "MS. JONES: Our teachers built the reading program over the summer with help from parents.",
      "MR. SMITH: Every student in the district can now borrow books from the library after school.",
    ].join("\n\n");
    const a = analyze(text);
    // Neither speaker is the one the title names: their words are nobody's facts.
    expect(a.usable).toEqual([]);
    expect(a.fullSentences).toBe(3);
    expect(() => generateQuestions(text)).not.toThrow();
    expect(generateQuestions(text).questions).toEqual([]);
  });
});

