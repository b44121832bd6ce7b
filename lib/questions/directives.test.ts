import { describe, expect, it } from "vitest";
import { analyze } from "./analysis";
import { cleanArticleText } from "./clean";
import { DIRECTED_OFFICES, directiveQuestions } from "./directives";
import { rejectReason } from "./gates";
import { generateQuestions } from "./index";

/** A fact sheet as the White House prints one: title line, topic, then the order's provisions. */
function factSheet(body: string[], date = "May 1, 2025"): string {
  return cleanArticleText(
    [
      `Fact Sheet: President Donald J. Trump Strengthens Federal Enforcement — The White House, ${date}`,
      "",
      "STRENGTHENING ENFORCEMENT: Today, President Donald J. Trump signed an Executive Order to strengthen enforcement of federal law.",
      "",
      ...body,
      "",
      "The President has made protecting American workers and families a priority since the first day of his term.",
      "Americans across the country have asked for these changes for many years, and the Administration is delivering them.",
    ].join("\n"),
    "text",
  );
}

const ask = (text: string) => directiveQuestions(analyze(text));

describe("which official an order directs (directives.ts)", () => {
  it("asks which official the order directs to do a task, with comparable offices as the wrong answers", () => {
    const text = factSheet(["The Order directs the Secretary of the Treasury to impose maximum economic pressure on the Government of Iran."]);
    const [q, ...rest] = ask(text);
    expect(rest).toHaveLength(0);
    expect(q.prompt).toBe("Which official does the order direct to impose maximum economic pressure on the Government of Iran?");
    expect(q.answer).toBe("Secretary of the Treasury");
    expect(q.choices[0]).toBe("Secretary of the Treasury");
    expect(new Set(q.choices).size).toBe(4);
    // every wrong answer is another head of a department or agency, never a person or a country
    const titles = new Set(DIRECTED_OFFICES.map((o) => o.title));
    for (const c of q.choices) expect(titles.has(c)).toBe(true);
    expect(rejectReason(q, analyze(text))).toBeNull();
    // and the default quiz asks it
    expect(generateQuestions(text).questions.map((x) => x.prompt)).toContain(q.prompt);
  });

  it("keeps the sentence's tense and subject, and resolves a fact sheet's 'It directs' to the order", () => {
    const past = ask(factSheet(["In March, President Trump directed the Attorney General to pursue the death penalty in cases involving the murder of police officers."]));
    expect(past[0]?.prompt).toBe("Which official did President Trump direct to pursue the death penalty in cases involving the murder of police officers?");
    const progressive = ask(factSheet(["President Trump is directing the Secretary of Labor to expand apprenticeship programs for young Americans in the skilled trades."]));
    expect(progressive[0]?.prompt).toBe("Which official is President Trump directing to expand apprenticeship programs for young Americans in the skilled trades?");
    const it = ask(factSheet(["The Order makes the federal enforcement system faster.", "It directs the Secretary of Energy to release new guidance on the reliability of the electric grid during heat waves."]));
    expect(it[0]?.prompt).toBe("Which official does the order direct to release new guidance on the reliability of the electric grid during heat waves?");
    const signed = ask(factSheet(["In January, President Trump signed an Executive Order directing the Secretary of Commerce to initiate an investigation into imports of copper."]));
    expect(signed[0]?.prompt).toBe("Which official did President Trump's executive order direct to initiate an investigation into imports of copper?");
  });

  it("asks which department when the order names a department, and spells out its acronym", () => {
    const [q] = ask(factSheet(["The Order directs DHS to propose legislation to strengthen the enforcement of customs laws at every port of entry."]));
    expect(q.prompt).toBe("Which department does the order direct to propose legislation to strengthen the enforcement of customs laws at every port of entry?");
    expect(q.answer).toBe("Department of Homeland Security");
    for (const c of q.choices) expect(c).toMatch(/^Department of/);
    const [commerce] = ask(factSheet(["The Order directs the Department of Commerce to initiate a pilot project for post-quantum cryptography migration by 2027."]));
    expect(commerce.choices).not.toContain("Office of the U.S. Trade Representative");
    for (const c of commerce.choices) expect(c).toMatch(/^Department of/);
  });

  it("never offers an office the sentence names, or one the article gives the same task", () => {
    const [q] = ask(factSheet(["The Order directs the Secretary of Commerce, in consultation with the Secretary of the Treasury, to review the security of advanced semiconductors sold to foreign adversaries."]));
    expect(q.answer).toBe("Secretary of Commerce");
    expect(q.choices).not.toContain("Secretary of the Treasury");
    const two = ask(
      factSheet([
        "The Order directs the Secretary of Commerce to review apprenticeship rules for federal contractors in the construction industry.",
        "The Order also directs the Secretary of Labor to review apprenticeship rules for federal contractors in the shipbuilding industry.",
      ]),
    );
    const commerce = two.find((c) => c.answer === "Secretary of Commerce");
    expect(commerce).toBeDefined();
    expect(commerce!.choices).not.toContain("Secretary of Labor");
  });

  it("asks nothing when the task names the answer's department, or is the routine 'as needed for implementation'", () => {
    expect(ask(factSheet(["The Order directs the Secretary of Defense to submit a plan for how military families can use Department of Defense funds for private schools."]))).toHaveLength(0);
    expect(ask(factSheet(["The Order directs the Secretary of Agriculture to issue orders and regulations as needed for implementation."]))).toHaveLength(0);
    // two offices at once ("the Secretary of State and the Secretary of Commerce") is no one office's task
    expect(ask(factSheet(["The Order directs the Secretary of State and the Secretary of Commerce to ensure market access for American space companies abroad."]))).toHaveLength(0);
    // "the Secretary" with no department, and a task that points back ("its"), cannot be read alone
    expect(ask(factSheet(["The Order directs the Secretary of Education to report on the Secretary's progress to Congress within a year."]))).toHaveLength(0);
  });

  it("treats the Secretary of War as the Secretary of Defense, naming the office as the article does", () => {
    const text = factSheet(
      ["The Memorandum directs the Secretary of War to establish a fifth Naval shipyard to increase submarine repair capacity.", "The Department of War will report on its progress every year."],
      "August 13, 2026",
    );
    const [q] = ask(text);
    expect(q.answer).toBe("Secretary of War");
    expect(q.choices).not.toContain("Secretary of Defense");
    const other = ask(factSheet(["The Order directs the Secretary of Homeland Security to deploy additional personnel to support State and local law enforcement in the District of Columbia.", "The Department of War will support that mission."], "August 13, 2026"))[0];
    expect(other.answer).toBe("Secretary of Homeland Security");
    expect(other.choices).not.toContain("Secretary of Defense");
  });

  it("makes one office the answer to two questions of a quiz at most", () => {
    const text = factSheet([
      "The Memorandum directs the Secretary of War to establish a fifth Naval shipyard to increase submarine repair capacity.",
      "The Memorandum directs the Secretary of War to establish a Component Repair Center for all current major submarine programs.",
      "The Memorandum directs the Secretary of War to undertake a full review of Naval Sea Systems Command to address chronic delays in shipbuilding.",
    ], "August 13, 2026");
    expect(ask(text)).toHaveLength(3);
    const quiz = generateQuestions(text).questions.filter((q) => q.answer === "Secretary of War");
    expect(quiz).toHaveLength(2);
  });
});

describe("which office the sentence's subject is (directives.ts)", () => {
  it("asks which department or official does what the sentence says it does", () => {
    const [q] = ask(factSheet(["Last year, the Department of Transportation proposed a rule to require airlines to show the full price of a plane ticket up front."]));
    expect(q.prompt).toBe("Which department proposed a rule to require airlines to show the full price of a plane ticket up front?");
    expect(q.answer).toBe("Department of Transportation");
    const [also] = ask(factSheet(["The Attorney General will also prioritize enforcement of laws prohibiting foreign nationals from donating in U.S. elections."]));
    expect(also.prompt).toBe("Which official will prioritize enforcement of laws prohibiting foreign nationals from donating in U.S. elections?");
    // a readout's "The U.S. Department of …" is the same department
    const [us] = ask(factSheet(["The U.S. Department of Labor is deploying staff to help Louisiana residents file disaster claims after the storm."]));
    expect(us.prompt).toBe("Which department is deploying staff to help Louisiana residents file disaster claims after the storm?");
    expect(us.answer).toBe("Department of Labor");
  });

  it("asks nothing of a quotation's speaker, a plan ('is to provide'), a noun after the office, or the author's 'our'", () => {
    expect(ask(factSheet(["The Secretary of Energy said the new rules would lower electricity prices for families in every state."]))).toHaveLength(0);
    expect(ask(factSheet(["The Secretary of Commerce is to provide the President with an update on copper markets by June 30, 2026."]))).toHaveLength(0);
    expect(ask(factSheet(["The Department of Energy programs help rural communities build new transmission lines across the region."]))).toHaveLength(0);
    expect(ask(factSheet(["The Department of Labor will expand apprenticeships as part of our commitment to American workers in every state."]))).toHaveLength(0);
  });

  it("does not ask a department's own statement which department acts", () => {
    const release = cleanArticleText(
      [
        "Targeting Russian Elites and Defense Enterprises",
        "",
        "U.S. Department of State (Office of the Spokesperson), press release, 2022-03-03",
        "",
        "The United States remains united with its allies in imposing costs on the Kremlin for its war against Ukraine.",
        "The Department of State is designating Dmitry Peskov, the chief propagandist of the Russian Federation, under E.O. 14024.",
        "The Department of Labor awarded a $5 million grant for a project in Ecuador and Peru to strengthen working conditions for fishermen.",
        "These actions show that the United States will continue to hold the Kremlin accountable for its unprovoked war.",
      ].join("\n"),
      "text",
    );
    const qs = ask(release);
    expect(qs.map((q) => q.answer)).toEqual(["Department of Labor"]);
    // "International Labour Organization" names the answer's department in the British spelling
    const ilo = ask(release.replace("for a project in Ecuador", "for an International Labour Organization project in Ecuador"));
    expect(ilo).toHaveLength(0);
  });
});

describe("a fact sheet's negatives (truefalse.ts negationQuestion)", () => {
  it("asks in the quiz what an order or rule does not do, and keeps the fact sheet's rhetoric in the bank", () => {
    const text = factSheet([
      "The reforms directed in the Order will not take effect immediately, giving agencies time to prepare.",
      "President Trump will not stand for inaction while American families struggle with high prices.",
      "Paper straws are not the eco-friendly alternative they claim to be, according to several studies.",
    ]);
    const qs = generateQuestions(text, { all: true }).questions.filter((q) => q.type === "true_false");
    const quiz = generateQuestions(text).questions.map((q) => q.prompt);
    const rule = qs.find((q) => /reforms directed in the Order will take effect immediately/.test(q.prompt));
    expect(rule?.answer).toBe("False");
    expect(quiz).toContain(rule!.prompt);
    // rhetoric: in the bank, not in the quiz
    const rhetoric = qs.find((q) => /stand for inaction/.test(q.prompt));
    expect(rhetoric).toBeDefined();
    expect(quiz).not.toContain(rhetoric!.prompt);
    // "they" points to another sentence: not flipped at all ("… are the eco-friendly alternative they claim to be")
    expect(qs.some((q) => /are the eco-friendly alternative they claim/.test(q.prompt))).toBe(false);
  });
});

describe("a task asked whole or not at all (set K's rejections, 2026-12-05)", () => {
  it("does not cut a task before the scope that all of it has, nor ask a task whose object is elsewhere", () => {
    const scoped = factSheet([
      "The order will direct the Attorney General to establish procedures to provide educational materials related to voter registration and voting, and to the extent practicable, to facilitate voter registration, for all eligible individuals in the custody of the Federal Bureau of Prisons.",
    ]);
    expect(ask(scoped)).toHaveLength(0);
    // the same task without its scope is short enough to ask whole
    const short = factSheet(["The order will direct the Attorney General to establish procedures to provide educational materials related to voter registration to eligible individuals in federal custody."]);
    expect(ask(short).map((q) => q.answer)).toEqual(["Attorney General"]);
    // "to ease implementation": of what, the student cannot tell
    const ease = factSheet(["The Executive Order directs the Department of Commerce to develop contract terms for use by agencies to ease implementation."]);
    expect(ask(ease)).toHaveLength(0);
  });
});

describe("which agency acts (independent agencies and agencies inside departments)", () => {
  it("asks which agency did what a readout says, with agencies of the same field as the wrong answers", () => {
    const [q] = ask(factSheet(["The Consumer Financial Protection Bureau released a proposed rule that would lower the amount credit card companies can charge in late fees."]));
    expect(q.prompt).toBe("Which agency released a proposed rule that would lower the amount credit card companies can charge in late fees?");
    expect(q.answer).toBe("Consumer Financial Protection Bureau");
    expect(q.choices.slice(1).sort()).toEqual(["Federal Communications Commission", "Federal Trade Commission", "Securities and Exchange Commission"]);
    const [fda] = ask(factSheet(["The Order directs the FDA to increase fees for and inspections of foreign manufacturing plants that make drugs for Americans."]));
    expect(fda.prompt).toBe("Which agency does the order direct to increase fees for and inspections of foreign manufacturing plants that make drugs for Americans?");
    expect(fda.answer).toBe("Food and Drug Administration");
  });
  it("makes a plural name's verb singular after 'Which agency', and asks nothing of boilerplate", () => {
    const [cdc] = ask(factSheet(["The Centers for Disease Control and Prevention have expanded testing for measles in schools across every state."]));
    expect(cdc.prompt).toBe("Which agency has expanded testing for measles in schools across every state?");
    expect(ask(factSheet(["The Centers for Disease Control and Prevention estimate the prevalence of obesity among American adults to be 40%."]))).toHaveLength(0);
    expect(ask(factSheet(["The Food and Drug Administration has taken, and will continue to take, all necessary and proper steps to ensure accountability for taxpayer-funded studies."]))).toHaveLength(0);
  });
});
