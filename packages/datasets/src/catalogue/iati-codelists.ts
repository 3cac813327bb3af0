// Codes and English names of the IATI Standard 2.03 code lists that exports need (active codes only),
// transcribed from the IATI code list files. Names in other languages are not part of the lists we use.
import type { I18nText } from '@dsc/domain';

export type CodeListItem = { readonly code: string; readonly name: I18nText; readonly description?: I18nText };
export type CodeList = { readonly id: string; readonly list: string; readonly name: string; readonly items: readonly CodeListItem[] };

export const IATI_CODE_LISTS: readonly CodeList[] = [
  {
    "id": "iati-activity-date-type",
    "list": "ActivityDateType",
    "name": "Activity Date Type",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "Planned start"
        },
        "description": {
          "en": "The date on which the activity is planned to start, for example the date of the first planned disbursement or when physical activity starts."
        }
      },
      {
        "code": "2",
        "name": {
          "en": "Actual start"
        },
        "description": {
          "en": "The actual date the activity starts, for example the date of the first disbursement or when physical activity starts."
        }
      },
      {
        "code": "3",
        "name": {
          "en": "Planned End"
        },
        "description": {
          "en": "The date on which the activity is planned to end, for example the date of the last planned disbursement or when physical activity is complete."
        }
      },
      {
        "code": "4",
        "name": {
          "en": "Actual end"
        },
        "description": {
          "en": "The actual date the activity ends, for example the date of the last disbursement or when physical activity is complete."
        }
      }
    ]
  },
  {
    "id": "iati-activity-scope",
    "list": "ActivityScope",
    "name": "Activity Scope",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "Global"
        },
        "description": {
          "en": "The activity scope is global"
        }
      },
      {
        "code": "2",
        "name": {
          "en": "Regional"
        },
        "description": {
          "en": "The activity scope is a supranational region"
        }
      },
      {
        "code": "3",
        "name": {
          "en": "Multi-national"
        },
        "description": {
          "en": "The activity scope covers multiple countries, that don't constitute a region"
        }
      },
      {
        "code": "4",
        "name": {
          "en": "National"
        },
        "description": {
          "en": "The activity scope covers one country"
        }
      },
      {
        "code": "5",
        "name": {
          "en": "Sub-national: Multi-first-level administrative areas"
        },
        "description": {
          "en": "The activity scope covers more than one first-level subnational administrative areas (e.g. counties, provinces, states)"
        }
      },
      {
        "code": "6",
        "name": {
          "en": "Sub-national: Single first-level administrative area"
        },
        "description": {
          "en": "The activity scope covers one first-level subnational administrative area (e.g. country, province, state)"
        }
      },
      {
        "code": "7",
        "name": {
          "en": "Sub-national: Single second-level administrative area"
        },
        "description": {
          "en": "The activity scope covers one second-level subnational administrative area (e.g. municipality or district)"
        }
      },
      {
        "code": "8",
        "name": {
          "en": "Single location"
        },
        "description": {
          "en": "The activity scope covers one single location (e.g. town, village, farm)"
        }
      }
    ]
  },
  {
    "id": "iati-activity-status",
    "list": "ActivityStatus",
    "name": "Activity Status",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "Pipeline/identification"
        },
        "description": {
          "en": "The activity is being scoped or planned"
        }
      },
      {
        "code": "2",
        "name": {
          "en": "Implementation"
        },
        "description": {
          "en": "The activity is currently being implemented"
        }
      },
      {
        "code": "3",
        "name": {
          "en": "Finalisation"
        },
        "description": {
          "en": "Physical activity is complete or the final disbursement has been made, but the activity remains open pending financial sign off or M&E"
        }
      },
      {
        "code": "4",
        "name": {
          "en": "Closed"
        },
        "description": {
          "en": "Physical activity is complete or the final disbursement has been made."
        }
      },
      {
        "code": "5",
        "name": {
          "en": "Cancelled"
        },
        "description": {
          "en": "The activity has been cancelled"
        }
      },
      {
        "code": "6",
        "name": {
          "en": "Suspended"
        },
        "description": {
          "en": "The activity has been temporarily suspended"
        }
      }
    ]
  },
  {
    "id": "iati-aid-type",
    "list": "AidType",
    "name": "Aid Type",
    "items": [
      {
        "code": "A01",
        "name": {
          "en": "General budget support"
        },
        "description": {
          "en": "Unearmarked contributions to the government budget including funding to support the implementation of macroeconomic reforms (structural adjustment programmes, poverty reduction strategies). Budget support is a method of financing a recipient country’s budget through a transfer of resources from an external financing agency to the recipient government’s national treasury. The funds thus transferred are managed in accordance with the recipient’s budgetary procedures. Funds transferred to the national treasury for financing programmes or projects managed according to different budgetary procedures from those of the recipient country, with the intention of earmarking the resources for specific uses, are therefore excluded."
        }
      },
      {
        "code": "A02",
        "name": {
          "en": "Sector budget support"
        },
        "description": {
          "en": "Sector budget support, like general budget support, is a financial contribution to a recipient government’s budget. However, in sector budget support, the dialogue between donors and partner governments focuses on sector-specific concerns, rather than on overall policy and budget priorities."
        }
      },
      {
        "code": "B01",
        "name": {
          "en": "Core support to NGOs, other private bodies, PPPs and research institutes"
        },
        "description": {
          "en": "Funds are paid over to NGOs (local, national and international) for use at the latter’s discretion, and contribute to programmes and activities which NGOs have developed themselves, and which they implement on their own authority and responsibility. Core contributions to PPPs, funds paid over to foundations (e.g. philanthropic foundations), and contributions to research institutes (public and private) are also recorded here. Annex 2 of the DAC Directives provides a list of INGOs, PPPs and networks core contributions to which may be reported under B01. This list is not exclusive."
        }
      },
      {
        "code": "B02",
        "name": {
          "en": "Core contributions to multilateral institutions and global funds"
        },
        "description": {
          "en": "These funds are classified as multilateral (all other categories are bilateral). The recipient multilateral institution pools contributions so that they lose their identity and become an integral part of its financial assets or liabilities. Also includes Financial Intermediary Funds (GEF, CIFs) for which the World Bank is the Trustee, as well as some UN inter-agency pooled funds, such as CERF and the UN Peacebuilding Fund. See Annex 2 of the Reporting Directives for a comprehensive list of agencies, core contributions to which may be reported under B02 and its subcategories. (Section I. Multilateral institutions). Nota bene: contributions to multilateral development organisations beyond Annex 2 are not reportable in the DAC statistics. The non-ODA components of core support to multilateral organisations included in Annex 2 are not reportable either."
        }
      },
      {
        "code": "B021",
        "name": {
          "en": "Core contributions to multilateral institutions"
        },
        "description": {
          "en": "Contributions in this category are pooled by the recipient multilateral institution and become an integral part of its financial assets or liabilities."
        }
      },
      {
        "code": "B022",
        "name": {
          "en": "Core contributions to global funds"
        },
        "description": {
          "en": "Contributions to global funds classified as multilateral including Financial Intermediary Funds for which the World Bank is the Trustee and which have gone through the Annex 2 process (GEF, CIFs) as well as some UN inter-agency pooled funds, e.g. CERF and the UN Peacebuilding Fund."
        }
      },
      {
        "code": "B03",
        "name": {
          "en": "Contributions to specific-purpose programmes and funds managed by implementing partners"
        },
        "description": {
          "en": "In addition to their core-funded operations, international organisations – multilateral agencies, NGOs, PPPs or networks – both in provider and in third countries, set up programmes and funds with a specific sectoral, thematic or geographical focus. Donors’ bilateral contributions to such programmes and funds are recorded here. Use categories B031 and B032 for trust funds managed by the UN (all designed as multi-donor) unless contributions are earmarked for a specific geographical location or funding window."
        }
      },
      {
        "code": "B031",
        "name": {
          "en": "Contributions to multi-donor/multi-entity funding mechanisms"
        },
        "description": {
          "en": "Contributions to funding mechanisms (specific-purpose programmes and funds) that pool resources from several providers and from which several international organisations – multilateral agencies, NGOs, PPPs or networks – may be allocated funds for implementation e.g. contributions to UN country-based pooled funds and country-level development funds. Excludes contributions to global funds classified as multilateral (see B022). Includes Financial Intermediary Funds for which the World Bank is the Trustee and which have not gone through the Annex 2 process."
        }
      },
      {
        "code": "B032",
        "name": {
          "en": "Contributions to multi-donor/single-entity funding mechanisms"
        },
        "description": {
          "en": "Contributions to multi-donor funding mechanisms (specific-purpose programmes and funds) managed by a single international organisation – multilateral agency, NGO, PPP or network – e.g. UN single-agency thematic funds; World Bank or other MDB trust funds. Classify the contribution as B032 even if in the initial stages only one donor contributes to the fund."
        }
      },
      {
        "code": "B033",
        "name": {
          "en": "Contributions to single-donor funding mechanisms and contributions earmarked for a specific funding window or geographical location"
        },
        "description": {
          "en": "Contributions to funding mechanisms (specific-purpose programmes and funds) where the donor has a significant influence on the allocation of funds. This includes contributions to single-donor trust funds and earmarked contributions to specific countries/geographical locations or funding windows within multi-donor trust funds. When the donor designs the activity but channels it through an international organisation, the activity should be classified as C01."
        }
      },
      {
        "code": "B04",
        "name": {
          "en": "Basket funds/pooled funding"
        },
        "description": {
          "en": "The donor contributes funds to an autonomous account, managed jointly with other donors and/or the recipient. The account will have specific purposes, modes of disbursement and accountability mechanisms, and a limited time frame. Basket funds are characterised by common project documents, common funding contracts and common reporting/audit procedures with all donors. Donors’ contributions to funds managed autonomously by international organisations are recorded under B03."
        }
      },
      {
        "code": "C01",
        "name": {
          "en": "Project-type interventions"
        },
        "description": {
          "en": "A project is a set of inputs, activities and outputs, agreed with the partner country*, to reach specific objectives/outcomes within a defined time frame, with a defined budget and a defined geographical area. Projects can vary significantly in terms of objectives, complexity, amounts involved and duration. There are smaller projects that might involve modest financial resources and last only a few months, whereas large projects might involve more significant amounts, entail successive phases and last for many years. A large project with a number of different components is sometimes referred to as a programme, but should nevertheless be recorded here. Feasibility studies, appraisals and evaluations are included (whether designed as part of projects/programmes or dedicated funding arrangements). Academic studies, research and development, trainings, scholarships, and other technical assistance activities not directly linked to development projects/programmes should instead be recorded under D02. Aid channelled through NGOs or multilaterals is also recorded here. This includes payments for NGOs and multilaterals to implement donors’ projects and programmes, and funding of specified NGOs projects. By contrast, core funding of NGOs and multilaterals as well as contributions to specific-purpose funds are recorded under B.* In the cases of equity investments, humanitarian aid or aid channelled through NGOs, projects are recorded here even if there was no direct agreement between the donor and the partner country. Contributions to single-donor trust funds and contributions to trust funds earmarked for a specific funding window and/or country are recorded under B033."
        }
      },
      {
        "code": "D01",
        "name": {
          "en": "Donor country personnel"
        },
        "description": {
          "en": "Experts, consultants, teachers, academics, researchers, volunteers and contributions to public and private bodies for sending experts to developing countries."
        }
      },
      {
        "code": "D02",
        "name": {
          "en": "Other technical assistance"
        },
        "description": {
          "en": "Provision, outside projects as described in category C01, of technical assistance in recipient countries (excluding technical assistance performed by donor experts reported under D01, and scholarships/training in donor country reported under E01). This includes training and research; language training; south-south studies; research studies; collaborative research between donor and recipient universities and organisations); local scholarships; development-oriented social and cultural programmes. This category also covers ad hoc contributions such as conferences, seminars and workshops, exchange visits, publications, etc."
        }
      },
      {
        "code": "E01",
        "name": {
          "en": "Scholarships/training in donor country"
        },
        "description": {
          "en": "Financial aid awards for individual students and contributions to trainees."
        }
      },
      {
        "code": "E02",
        "name": {
          "en": "Imputed student costs"
        },
        "description": {
          "en": "Indirect (“imputed”) costs of tuition in donor countries."
        }
      },
      {
        "code": "F01",
        "name": {
          "en": "Debt relief"
        },
        "description": {
          "en": "Groups all actions relating to debt (forgiveness, conversions, swaps, buy-backs, rescheduling, refinancing)."
        }
      },
      {
        "code": "G01",
        "name": {
          "en": "Administrative costs not included elsewhere"
        },
        "description": {
          "en": "Administrative costs of development assistance programmes not already included under other ODA items as an integral part of the costs of delivering or implementing the aid provided. This category covers situation analyses and auditing activities.As regards the salaries component of administrative costs, it relates to in-house agency staff and contractors only; costs associated with donor experts/consultants are to be reported under category C or D01."
        }
      },
      {
        "code": "H01",
        "name": {
          "en": "Development awareness"
        },
        "description": {
          "en": "Funding of activities designed to increase public support, i.e. awareness in the donor country of development co-operation efforts, needs and issues."
        }
      },
      {
        "code": "H02",
        "name": {
          "en": "Refugees/asylum seekers in donor countries"
        },
        "description": {
          "en": "Costs incurred in donor countries for basic assistance to asylum seekers and refugees from developing countries, up to 12 months, when costs cannot be disaggregated. See section II.6 and Annex 17."
        }
      },
      {
        "code": "H03",
        "name": {
          "en": "Asylum-seekers ultimately accepted"
        },
        "description": {
          "en": "Costs incurred in donor countries for basic assistance to asylum seekers, when these are ultimately accepted. This category includes only costs incurred prior to recognition."
        }
      },
      {
        "code": "H04",
        "name": {
          "en": "Asylum-seekers ultimately rejected"
        },
        "description": {
          "en": "Costs incurred in donor countries for basic assistance to asylum seekers, when these are ultimately rejected. This category includes only costs incurred prior to rejection. Members may base their reporting on the first instance rejection, where a final decision on status is anticipated to occur after a 12-month period, and this facilitates the establishment of a conservative estimate. For further guidance on how to proceed with calculating costs related to rejected asylum seekers, see Clarification 5, third bullet in section II.6 of the Reporting Directives."
        }
      },
      {
        "code": "H05",
        "name": {
          "en": "Recognised refugees"
        },
        "description": {
          "en": "Costs incurred in donor countries for basic assistance to refugees with a recognised status. This category only includes costs after recognition (or after date of entry into a country through a resettlement programme)."
        }
      },
      {
        "code": "H06",
        "name": {
          "en": "Refugees and asylum seekers in other provider countries"
        },
        "description": {
          "en": "Costs incurred in other non-ODA eligible provider countries for basic assistance to asylum seekers and refugees from developing countries, up to 12 months. The host and origin country of refugees/asylum seekers shall be specified in one of the descriptive fields of the CRS (fields 14 or 19)."
        }
      }
    ]
  },
  {
    "id": "iati-budget-not-provided",
    "list": "BudgetNotProvided",
    "name": "Budget Not Provided",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "Commercial Restrictions"
        }
      },
      {
        "code": "2",
        "name": {
          "en": "Legal Restrictions"
        }
      },
      {
        "code": "3",
        "name": {
          "en": "Rapid Onset Emergency"
        }
      }
    ]
  },
  {
    "id": "iati-budget-status",
    "list": "BudgetStatus",
    "name": "Budget Status",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "Indicative"
        },
        "description": {
          "en": "A non-binding estimate for the described budget."
        }
      },
      {
        "code": "2",
        "name": {
          "en": "Committed"
        },
        "description": {
          "en": "A binding agreement for the described budget."
        }
      }
    ]
  },
  {
    "id": "iati-budget-type",
    "list": "BudgetType",
    "name": "Budget Type",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "Original"
        },
        "description": {
          "en": "The original budget allocated to the activity"
        }
      },
      {
        "code": "2",
        "name": {
          "en": "Revised"
        },
        "description": {
          "en": "The updated budget for an activity"
        }
      }
    ]
  },
  {
    "id": "iati-collaboration-type",
    "list": "CollaborationType",
    "name": "Collaboration Type",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "Bilateral"
        }
      },
      {
        "code": "2",
        "name": {
          "en": "Multilateral (inflows)"
        }
      },
      {
        "code": "3",
        "name": {
          "en": "Bilateral, core contributions to NGOs and other private bodies / PPPs"
        }
      },
      {
        "code": "4",
        "name": {
          "en": "Multilateral outflows"
        }
      },
      {
        "code": "6",
        "name": {
          "en": "Private Sector Outflows"
        }
      },
      {
        "code": "7",
        "name": {
          "en": "Bilateral, ex-post reporting on NGOs’ activities funded through core contributions"
        }
      },
      {
        "code": "8",
        "name": {
          "en": "Bilateral, triangular co-operation"
        },
        "description": {
          "en": "Activities where one or more bilateral providers of development co-operation or international organisations support South-South co-operation, joining forces with developing countries to facilitate a sharing of knowledge and experience among all partners involved. (Activities that only involve bilateral providers or multilateral agencies without a South-South co-operation element (e.g. joint programming, pooled funding or delegated co-operation) should not be assigned bi_multi 8.)"
        }
      }
    ]
  },
  {
    "id": "iati-finance-type",
    "list": "FinanceType",
    "name": "Finance Type",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "GNI: Gross National Income"
        }
      },
      {
        "code": "110",
        "name": {
          "en": "Standard grant"
        },
        "description": {
          "en": "Grants are transfers in cash or in kind for which no legal debt is incurred by the recipient."
        }
      },
      {
        "code": "1100",
        "name": {
          "en": "Guarantees/insurance"
        }
      },
      {
        "code": "2",
        "name": {
          "en": "ODA % GNI"
        }
      },
      {
        "code": "210",
        "name": {
          "en": "Interest subsidy"
        },
        "description": {
          "en": "A payment to soften the terms of private export credits, or loans or credits by the banking sector."
        }
      },
      {
        "code": "3",
        "name": {
          "en": "Total Flows % GNI"
        }
      },
      {
        "code": "310",
        "name": {
          "en": "Capital subscription on deposit basis"
        },
        "description": {
          "en": "Payments to multilateral agencies in the form of notes and similar instruments, unconditionally encashable at sight by the recipient institutions."
        }
      },
      {
        "code": "311",
        "name": {
          "en": "Capital subscription on encashment basis"
        },
        "description": {
          "en": "Payments to multilateral agencies in the form of notes and similar instruments, unconditionally encashable at sight by the recipient institutions."
        }
      },
      {
        "code": "4",
        "name": {
          "en": "Population"
        }
      },
      {
        "code": "421",
        "name": {
          "en": "Standard loan"
        },
        "description": {
          "en": "Transfers in cash or in kind for which the recipient incurs legal debt (and the resulting claim is not intended to be traded). Since payment obligations on standard loan are senior obligations, i.e. creditors are entitled to receive payments against their claims before anyone else, they are also referred to as senior loans."
        }
      },
      {
        "code": "422",
        "name": {
          "en": "Reimbursable grant"
        },
        "description": {
          "en": "A contribution provided to a recipient institution for investment purposes, with the expectation of long-term reflows at conditions specified in the financing agreement. The provider assumes the risk of total or partial failure of the investment; it can also decide if and when to reclaim its investment."
        }
      },
      {
        "code": "423",
        "name": {
          "en": "Bonds"
        },
        "description": {
          "en": "Fixed-interest debt instruments, issued by governments, public utilities, banks or companies, tradable in financial markets."
        }
      },
      {
        "code": "424",
        "name": {
          "en": "Asset-backed securities"
        },
        "description": {
          "en": "Securities whose value and income payments are derived from and backed by a specific pool of underlying assets."
        }
      },
      {
        "code": "425",
        "name": {
          "en": "Other debt securities"
        }
      },
      {
        "code": "431",
        "name": {
          "en": "Subordinated loan"
        },
        "description": {
          "en": "A loan that, in the event of default, will only be repaid after all senior obligations have been satisfied. In compensation for the increased risk, mezzanine debt holders require a higher return for their investment than secured or more senior lenders."
        }
      },
      {
        "code": "432",
        "name": {
          "en": "Preferred equity"
        },
        "description": {
          "en": "Equity that, in the event of default, will be repaid after all senior obligations and subordinated loans have been satisfied; and will be paid before common equity holders. It is a more expensive source of finance than senior debt, a less expensive source than equity."
        }
      },
      {
        "code": "433",
        "name": {
          "en": "Other hybrid instruments"
        },
        "description": {
          "en": "Including convertible debt or equity."
        }
      },
      {
        "code": "510",
        "name": {
          "en": "Common equity"
        },
        "description": {
          "en": "A share in the ownership of a corporation that gives the owner claims on the residual value of the corporation after creditors’ claims have been met."
        }
      },
      {
        "code": "520",
        "name": {
          "en": "Shares in collective investment vehicles"
        },
        "description": {
          "en": "Collective undertakings through which investors pool funds for investment in financial or nonfinancial assets or both. These vehicles issue shares (if a corporate structure is used) or units (if a trust structure is used)."
        }
      },
      {
        "code": "530",
        "name": {
          "en": "Reinvested earnings"
        },
        "description": {
          "en": "This item is only applicable to Foreign Direct Investment (FDI). Reinvested earnings on FDI consist of the retained earnings of a direct foreign investment enterprise which are treated as if they were distributed and remitted to foreign direct investors in proportion to their ownership of the equity of the enterprise and then reinvested by them in the enterprise."
        }
      },
      {
        "code": "610",
        "name": {
          "en": "Debt forgiveness: ODA claims (P)"
        }
      },
      {
        "code": "611",
        "name": {
          "en": "Debt forgiveness: ODA claims (I)"
        }
      },
      {
        "code": "612",
        "name": {
          "en": "Debt forgiveness: OOF claims (P)"
        }
      },
      {
        "code": "613",
        "name": {
          "en": "Debt forgiveness: OOF claims (I)"
        }
      },
      {
        "code": "614",
        "name": {
          "en": "Debt forgiveness: Private claims (P)"
        }
      },
      {
        "code": "615",
        "name": {
          "en": "Debt forgiveness: Private claims (I)"
        }
      },
      {
        "code": "616",
        "name": {
          "en": "Debt forgiveness: OOF claims (DSR)"
        }
      },
      {
        "code": "617",
        "name": {
          "en": "Debt forgiveness: Private claims (DSR)"
        }
      },
      {
        "code": "618",
        "name": {
          "en": "Debt forgiveness: Other"
        }
      },
      {
        "code": "620",
        "name": {
          "en": "Debt rescheduling: ODA claims (P)"
        }
      },
      {
        "code": "621",
        "name": {
          "en": "Debt rescheduling: ODA claims (I)"
        }
      },
      {
        "code": "622",
        "name": {
          "en": "Debt rescheduling: OOF claims (P)"
        }
      },
      {
        "code": "623",
        "name": {
          "en": "Debt rescheduling: OOF claims (I)"
        }
      },
      {
        "code": "624",
        "name": {
          "en": "Debt rescheduling: Private claims (P)"
        }
      },
      {
        "code": "625",
        "name": {
          "en": "Debt rescheduling: Private claims (I)"
        }
      },
      {
        "code": "626",
        "name": {
          "en": "Debt rescheduling: OOF claims (DSR)"
        }
      },
      {
        "code": "627",
        "name": {
          "en": "Debt rescheduling: Private claims (DSR)"
        }
      },
      {
        "code": "630",
        "name": {
          "en": "Debt rescheduling: OOF claim (DSR – original loan principal)"
        }
      },
      {
        "code": "631",
        "name": {
          "en": "Debt rescheduling: OOF claim (DSR – original loan interest)"
        }
      },
      {
        "code": "632",
        "name": {
          "en": "Debt rescheduling: Private claim (DSR – original loan principal)"
        }
      },
      {
        "code": "633",
        "name": {
          "en": "Debt forgiveness/conversion: export credit claims (P)"
        }
      },
      {
        "code": "634",
        "name": {
          "en": "Debt forgiveness/conversion: export credit claims (I)"
        }
      },
      {
        "code": "635",
        "name": {
          "en": "Debt forgiveness: export credit claims (DSR)"
        }
      },
      {
        "code": "636",
        "name": {
          "en": "Debt rescheduling: export credit claims (P)"
        }
      },
      {
        "code": "637",
        "name": {
          "en": "Debt rescheduling: export credit claims (I)"
        }
      },
      {
        "code": "638",
        "name": {
          "en": "Debt rescheduling: export credit claims (DSR)"
        }
      },
      {
        "code": "639",
        "name": {
          "en": "Debt rescheduling: export credit claim (DSR – original loan principal)"
        }
      }
    ]
  },
  {
    "id": "iati-flow-type",
    "list": "FlowType",
    "name": "Flow Type",
    "items": [
      {
        "code": "10",
        "name": {
          "en": "ODA"
        },
        "description": {
          "en": "Official Development Assistance"
        }
      },
      {
        "code": "21",
        "name": {
          "en": "Non-export credit OOF"
        },
        "description": {
          "en": "Other Official Flows, excl. export credits"
        }
      },
      {
        "code": "22",
        "name": {
          "en": "Officially supported export credits"
        },
        "description": {
          "en": "Officially supported export credits. Covers both official direct export credits and private export credits under official guarantee or insurance"
        }
      },
      {
        "code": "30",
        "name": {
          "en": "Private Development Finance"
        },
        "description": {
          "en": "Financing by civil society organisations (NGOs, philantropic foundations, etc.)"
        }
      },
      {
        "code": "36",
        "name": {
          "en": "Private Foreign Direct Investment"
        }
      },
      {
        "code": "37",
        "name": {
          "en": "Other Private flows at market terms"
        },
        "description": {
          "en": "Private long-term (i.e. over one-year maturity) capital transactions made by residents of DAC countries"
        }
      },
      {
        "code": "40",
        "name": {
          "en": "Non flow"
        },
        "description": {
          "en": "e.g. GNI, ODA%GNI, Population etc"
        }
      },
      {
        "code": "50",
        "name": {
          "en": "Other flows"
        },
        "description": {
          "en": "e.g. non-ODA component of peacebuilding operations"
        }
      }
    ]
  },
  {
    "id": "iati-indicator-measure",
    "list": "IndicatorMeasure",
    "name": "Indicator Measure",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "Unit"
        },
        "description": {
          "en": "The indicator is measured in units."
        }
      },
      {
        "code": "2",
        "name": {
          "en": "Percentage"
        },
        "description": {
          "en": "The indicator is measured in percentages"
        }
      },
      {
        "code": "3",
        "name": {
          "en": "Nominal"
        },
        "description": {
          "en": "The indicator is measured as a quantitative nominal scale."
        }
      },
      {
        "code": "4",
        "name": {
          "en": "Ordinal"
        },
        "description": {
          "en": "The indicator is measured as a quantitative ordinal scale."
        }
      },
      {
        "code": "5",
        "name": {
          "en": "Qualitative"
        },
        "description": {
          "en": "The indicator is qualitative."
        }
      }
    ]
  },
  {
    "id": "iati-indicator-vocabulary",
    "list": "IndicatorVocabulary",
    "name": "Indicator Vocabulary",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "WHO Registry"
        }
      },
      {
        "code": "2",
        "name": {
          "en": "Sphere Handbook"
        }
      },
      {
        "code": "3",
        "name": {
          "en": "US Foreign Assistance Framework"
        }
      },
      {
        "code": "4",
        "name": {
          "en": "World Bank World Development Indicators"
        }
      },
      {
        "code": "5",
        "name": {
          "en": "UN Millennium Development Goals Indicators"
        }
      },
      {
        "code": "6",
        "name": {
          "en": "UNOCHA Humanitarian Response Indicators"
        }
      },
      {
        "code": "7",
        "name": {
          "en": "HIV/AIDS Indicator Registry"
        }
      },
      {
        "code": "8",
        "name": {
          "en": "Harmonized Indicators for Private Sector (HIPSO)"
        }
      },
      {
        "code": "9",
        "name": {
          "en": "UN Sustainable Development Goals (SDG) Indicators"
        }
      },
      {
        "code": "99",
        "name": {
          "en": "Reporting Organisation"
        }
      }
    ]
  },
  {
    "id": "iati-organisation-role",
    "list": "OrganisationRole",
    "name": "Organisation Role",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "Funding"
        },
        "description": {
          "en": "The government or organisation which provides funds to the activity."
        }
      },
      {
        "code": "2",
        "name": {
          "en": "Accountable"
        },
        "description": {
          "en": "An organisation responsible for oversight of the activity and its outcomes"
        }
      },
      {
        "code": "3",
        "name": {
          "en": "Extending"
        },
        "description": {
          "en": "An organisation that manages the budget and direction of an activity on behalf of the funding organisation"
        }
      },
      {
        "code": "4",
        "name": {
          "en": "Implementing"
        },
        "description": {
          "en": "The organisation that physically carries out the activity or intervention."
        }
      }
    ]
  },
  {
    "id": "iati-organisation-type",
    "list": "OrganisationType",
    "name": "Organisation Type",
    "items": [
      {
        "code": "10",
        "name": {
          "en": "Government"
        }
      },
      {
        "code": "11",
        "name": {
          "en": "Local Government"
        },
        "description": {
          "en": "Any local (sub national) government organisation in either donor or recipient country."
        }
      },
      {
        "code": "15",
        "name": {
          "en": "Other Public Sector"
        }
      },
      {
        "code": "21",
        "name": {
          "en": "International NGO"
        }
      },
      {
        "code": "22",
        "name": {
          "en": "National NGO"
        }
      },
      {
        "code": "23",
        "name": {
          "en": "Regional NGO"
        }
      },
      {
        "code": "24",
        "name": {
          "en": "Partner Country based NGO"
        },
        "description": {
          "en": "Local and National NGO / CSO based in aid/assistance recipient country"
        }
      },
      {
        "code": "30",
        "name": {
          "en": "Public Private Partnership"
        }
      },
      {
        "code": "40",
        "name": {
          "en": "Multilateral"
        }
      },
      {
        "code": "60",
        "name": {
          "en": "Foundation"
        }
      },
      {
        "code": "70",
        "name": {
          "en": "Private Sector"
        }
      },
      {
        "code": "71",
        "name": {
          "en": "Private Sector in Provider Country"
        },
        "description": {
          "en": "Is in provider / donor country."
        }
      },
      {
        "code": "72",
        "name": {
          "en": "Private Sector in Aid Recipient Country"
        },
        "description": {
          "en": "Is in aid recipient country."
        }
      },
      {
        "code": "73",
        "name": {
          "en": "Private Sector in Third Country"
        },
        "description": {
          "en": "Is not in either a donor or aid recipient country."
        }
      },
      {
        "code": "80",
        "name": {
          "en": "Academic, Training and Research"
        }
      },
      {
        "code": "90",
        "name": {
          "en": "Other"
        }
      }
    ]
  },
  {
    "id": "iati-policy-marker",
    "list": "PolicyMarker",
    "name": "Policy Marker",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "Gender Equality"
        }
      },
      {
        "code": "2",
        "name": {
          "en": "Aid to Environment"
        }
      },
      {
        "code": "3",
        "name": {
          "en": "Participatory Development/Good Governance"
        }
      },
      {
        "code": "4",
        "name": {
          "en": "Trade Development"
        }
      },
      {
        "code": "5",
        "name": {
          "en": "Aid Targeting the Objectives of the Convention on Biological Diversity"
        }
      },
      {
        "code": "6",
        "name": {
          "en": "Aid Targeting the Objectives of the Framework Convention on Climate Change - Mitigation"
        }
      },
      {
        "code": "7",
        "name": {
          "en": "Aid Targeting the Objectives of the Framework Convention on Climate Change - Adaptation"
        }
      },
      {
        "code": "8",
        "name": {
          "en": "Aid Targeting the Objectives of the Convention to Combat Desertification"
        }
      },
      {
        "code": "9",
        "name": {
          "en": "Reproductive, Maternal, Newborn and Child Health (RMNCH)"
        }
      },
      {
        "code": "10",
        "name": {
          "en": "Disaster Risk Reduction(DRR)"
        }
      },
      {
        "code": "11",
        "name": {
          "en": "Disability"
        }
      },
      {
        "code": "12",
        "name": {
          "en": "Nutrition"
        }
      }
    ]
  },
  {
    "id": "iati-policy-significance",
    "list": "PolicySignificance",
    "name": "Policy Significance",
    "items": [
      {
        "code": "0",
        "name": {
          "en": "not targeted"
        },
        "description": {
          "en": "The score \"not targeted\" means that the activity was examined but found not to target the policy objective."
        }
      },
      {
        "code": "1",
        "name": {
          "en": "significant objective"
        },
        "description": {
          "en": "Significant (secondary) policy objectives are those which, although important, were not the prime motivation for undertaking the activity."
        }
      },
      {
        "code": "2",
        "name": {
          "en": "principal objective"
        },
        "description": {
          "en": "Principal (primary) policy objectives are those which can be identified as being fundamental in the design and impact of the activity and which are an explicit objective of the activity. They may be selected by answering the question \"Would the activity have been undertaken without this objective?\""
        }
      },
      {
        "code": "3",
        "name": {
          "en": "principal objective AND in support of an action programme"
        },
        "description": {
          "en": "For desertification-related aid only"
        }
      },
      {
        "code": "4",
        "name": {
          "en": "Explicit primary objective"
        }
      }
    ]
  },
  {
    "id": "iati-related-activity-type",
    "list": "RelatedActivityType",
    "name": "Related Activity Type",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "Parent"
        },
        "description": {
          "en": "An activity that contains sub-activities (sub-components) which are reported separately to IATI"
        }
      },
      {
        "code": "2",
        "name": {
          "en": "Child"
        },
        "description": {
          "en": "A sub-activity (or sub-component) that sits within a larger activity (parent) which is also reported to IATI"
        }
      },
      {
        "code": "3",
        "name": {
          "en": "Sibling"
        },
        "description": {
          "en": "A sub-activity (or sub-component) that is related to another sub-activity with the same parent"
        }
      },
      {
        "code": "4",
        "name": {
          "en": "Co-funded"
        },
        "description": {
          "en": "An activity that receives funding from more than one organisation"
        }
      },
      {
        "code": "5",
        "name": {
          "en": "Third Party"
        },
        "description": {
          "en": "A report by another organisation on the same activity you are reporting (excluding activities reported as part of a financial transaction - e.g. provider-activity-id or a co-funded activity, using code 4)"
        }
      }
    ]
  },
  {
    "id": "iati-result-type",
    "list": "ResultType",
    "name": "Result Type",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "Output"
        },
        "description": {
          "en": "Results of the activity that came about as a direct effect of your work and specific, what is done, and what communities are reached. For example, X number of individuals."
        }
      },
      {
        "code": "2",
        "name": {
          "en": "Outcome"
        },
        "description": {
          "en": "Results of the activity that produce an effect on the overall communities or issues you serve. For example lower rate of infection after a vaccination programme."
        }
      },
      {
        "code": "3",
        "name": {
          "en": "Impact"
        },
        "description": {
          "en": "The long term effects of the outcomes, that lead to larger, over arching results, such as improved life-expectancy."
        }
      },
      {
        "code": "9",
        "name": {
          "en": "Other"
        },
        "description": {
          "en": "Another type of result, not specified above."
        }
      }
    ]
  },
  {
    "id": "iati-sector-vocabulary",
    "list": "SectorVocabulary",
    "name": "Sector Vocabulary",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "OECD DAC CRS Purpose Codes (5 digit)"
        },
        "description": {
          "en": "The sector reported corresponds to an OECD DAC CRS 5-digit purpose code"
        }
      },
      {
        "code": "2",
        "name": {
          "en": "OECD DAC CRS Purpose Codes (3 digit)"
        },
        "description": {
          "en": "The sector reported corresponds to an OECD DAC CRS 3-digit purpose code"
        }
      },
      {
        "code": "3",
        "name": {
          "en": "Classification of the Functions of Government (UN)"
        },
        "description": {
          "en": "The sector reported corresponds to the UN Classification of the Functions of Government (CoFoG)"
        }
      },
      {
        "code": "4",
        "name": {
          "en": "Statistical classification of economic activities in the European Community"
        },
        "description": {
          "en": "The sector reported corresponds to the statistical classifications of economic activities in the European Community"
        }
      },
      {
        "code": "5",
        "name": {
          "en": "National Taxonomy for Exempt Entities (USA)"
        },
        "description": {
          "en": "The sector reported corresponds to the National Taxonomy for Exempt Entities (NTEE) - USA"
        }
      },
      {
        "code": "6",
        "name": {
          "en": "AidData"
        },
        "description": {
          "en": "The sector reported corresponds to AidData classifications"
        }
      },
      {
        "code": "7",
        "name": {
          "en": "SDG Goal"
        },
        "description": {
          "en": "A value from the top-level list of UN sustainable development goals (SDGs) (e.g. ‘1’)"
        }
      },
      {
        "code": "8",
        "name": {
          "en": "SDG Target"
        },
        "description": {
          "en": "A value from the second-level list of UN sustainable development goals (SDGs) (e.g. ‘1.1’)"
        }
      },
      {
        "code": "9",
        "name": {
          "en": "SDG Indicator"
        },
        "description": {
          "en": "A value from the second-level list of UN sustainable development (SDG) indicators"
        }
      },
      {
        "code": "10",
        "name": {
          "en": "Humanitarian Global Clusters (Inter-Agency Standing Committee)"
        },
        "description": {
          "en": "The sector reported corresponds to an Inter-Agency Standard Committee Humanitarian Global Cluster code"
        }
      },
      {
        "code": "11",
        "name": {
          "en": "North American Industry Classification System (NAICS)"
        },
        "description": {
          "en": "The sector reported corresponds to the NAICS codelist"
        }
      },
      {
        "code": "12",
        "name": {
          "en": "UN System Function"
        },
        "description": {
          "en": "The sector reported corresponds to the UN System Function codelist"
        }
      },
      {
        "code": "99",
        "name": {
          "en": "Reporting Organisation"
        },
        "description": {
          "en": "The sector reported corresponds to a sector vocabulary maintained by the reporting organisation for this activity"
        }
      },
      {
        "code": "98",
        "name": {
          "en": "Reporting Organisation 2"
        },
        "description": {
          "en": "The sector reported corresponds to a sector vocabulary maintained by the reporting organisation for this activity (if they are referencing more than one)"
        }
      }
    ]
  },
  {
    "id": "iati-tag-vocabulary",
    "list": "TagVocabulary",
    "name": "Tag Vocabulary",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "Agrovoc"
        },
        "description": {
          "en": "A controlled vocabulary covering all areas of interest of the Food and Agriculture Organization (FAO) of the United Nations, including food, nutrition, agriculture, fisheries, forestry, environment etc."
        }
      },
      {
        "code": "2",
        "name": {
          "en": "UN Sustainable Development Goals (SDG)"
        },
        "description": {
          "en": "A value from the top-level list of UN sustainable development goals (SDGs) (e.g. ‘1’)"
        }
      },
      {
        "code": "3",
        "name": {
          "en": "UN Sustainable Development Goals (SDG) Targets"
        },
        "description": {
          "en": "A value from the second-level list of UN sustainable development goals (SDGs) (e.g. ‘1.1’)"
        }
      },
      {
        "code": "4",
        "name": {
          "en": "Team Europe Initiatives"
        },
        "description": {
          "en": "A value from the list of Team Europe Initiatives. Team Europe consists of the European Commission, the EU Member States — including their implementing agencies and public development banks — as well as the European Investment Bank (EIB) and the European Bank for Reconstruction and Development (EBRD)."
        }
      },
      {
        "code": "5",
        "name": {
          "en": "Global Food and Nutrition Security (GFNS) Preparedness Plan (PP)"
        },
        "description": {
          "en": "A two-digit ISO code corresponding to a country that has an active Global Food and Nutrition Security (GFNS) Preparedness Plan (PP)."
        }
      },
      {
        "code": "99",
        "name": {
          "en": "Reporting Organisation"
        }
      }
    ]
  },
  {
    "id": "iati-transaction-type",
    "list": "TransactionType",
    "name": "Transaction Type",
    "items": [
      {
        "code": "1",
        "name": {
          "en": "Incoming Funds"
        },
        "description": {
          "en": "Funds recieved for use on the activity, which can be from an external or internal source."
        }
      },
      {
        "code": "2",
        "name": {
          "en": "Outgoing Commitment"
        },
        "description": {
          "en": "A firm, written obligation from a donor or provider to provide a specified amount of funds, under particular terms and conditions, for specific purposes, for the benefit of the recipient."
        }
      },
      {
        "code": "3",
        "name": {
          "en": "Disbursement"
        },
        "description": {
          "en": "Outgoing funds that are placed at the disposal of a recipient government or organisation, or funds transferred between two separately reported activities."
        }
      },
      {
        "code": "4",
        "name": {
          "en": "Expenditure"
        },
        "description": {
          "en": "Outgoing funds that are spent on goods and services for the activity."
        }
      },
      {
        "code": "5",
        "name": {
          "en": "Interest Payment"
        },
        "description": {
          "en": "The actual amount of interest paid on a loan or line of credit, including fees."
        }
      },
      {
        "code": "6",
        "name": {
          "en": "Loan Repayment"
        },
        "description": {
          "en": "The actual amount of principal (amortisation) repaid, including any arrears."
        }
      },
      {
        "code": "7",
        "name": {
          "en": "Reimbursement"
        },
        "description": {
          "en": "A type of disbursement that covers funds that have already been spent by the recipient, as agreed in the terms of the grant or loan"
        }
      },
      {
        "code": "8",
        "name": {
          "en": "Purchase of Equity"
        },
        "description": {
          "en": "Outgoing funds that are used to purchase equity in a business"
        }
      },
      {
        "code": "9",
        "name": {
          "en": "Sale of Equity"
        },
        "description": {
          "en": "Incoming funds from the sale of equity."
        }
      },
      {
        "code": "10",
        "name": {
          "en": "Credit Guarantee"
        },
        "description": {
          "en": "A commitment made by a funding organisation to underwrite a loan or line of credit entered into by a third party."
        }
      },
      {
        "code": "11",
        "name": {
          "en": "Incoming Commitment"
        },
        "description": {
          "en": "A firm, written obligation from a donor or provider to provide a specified amount of funds, under particular terms and conditions, reported by a recipient for this activity."
        }
      },
      {
        "code": "12",
        "name": {
          "en": "Outgoing Pledge"
        },
        "description": {
          "en": "Indicative, non-binding advice of an intended outgoing commitment."
        }
      },
      {
        "code": "13",
        "name": {
          "en": "Incoming Pledge"
        },
        "description": {
          "en": "Indicative, non-binding advice of an intended incoming commitment."
        }
      }
    ]
  }
];

/** OECD DAC CRS purpose codes for ICT (category 220) and the related codes DOMAIN.md names, from the IATI Sector list. */
export const DAC_PURPOSE_CODES: readonly (CodeListItem & { readonly category: string })[] = [
  {
    "code": "22010",
    "category": "220",
    "name": {
      "en": "Communications policy and administrative management"
    },
    "description": {
      "en": "Communications sector policy, planning and programmes; institution capacity building and advice; including postal services development; unspecified communications activities."
    }
  },
  {
    "code": "22011",
    "category": "220",
    "name": {
      "en": "Communications policy, planning and administration"
    }
  },
  {
    "code": "22012",
    "category": "220",
    "name": {
      "en": "Postal services"
    },
    "description": {
      "en": "Development and operation of postal services."
    }
  },
  {
    "code": "22013",
    "category": "220",
    "name": {
      "en": "Information services"
    },
    "description": {
      "en": "Provision of information services."
    }
  },
  {
    "code": "22020",
    "category": "220",
    "name": {
      "en": "Telecommunications"
    },
    "description": {
      "en": "Telephone networks, telecommunication satellites, earth stations."
    }
  },
  {
    "code": "22030",
    "category": "220",
    "name": {
      "en": "Radio/television/print media"
    },
    "description": {
      "en": "Radio and TV links, equipment; newspapers; printing and publishing."
    }
  },
  {
    "code": "22040",
    "category": "220",
    "name": {
      "en": "Information and communication technology (ICT)"
    },
    "description": {
      "en": "Computer hardware and software; internet access; IT training. When sector cannot be specified."
    }
  },
  {
    "code": "15110",
    "category": "151",
    "name": {
      "en": "Public sector policy and administrative management"
    },
    "description": {
      "en": "Institution-building assistance to strengthen core public sector management systems and capacities. This includes general public policy management, co-ordination, planning and reform; human resource management; organisational development; civil service reform; e-government; development planning, monitoring and evaluation; support to ministries involved in aid co-ordination; other ministries and government departments when sector cannot be specified. (Use specific sector codes for development of systems and capacities in sector ministries. For macro-economic policy use code 15142. For public procurement use code 15125.)"
    }
  },
  {
    "code": "15196",
    "category": "151",
    "name": {
      "en": "Government and civil society statistics and data"
    },
    "description": {
      "en": "Collection, production, management and dissemination of statistics and data related to Government & Civil Society. Includes macroeconomic statistics, government finance, fiscal and public sector statistics, support to development of administrative data infrastructure, civil society surveys."
    }
  },
  {
    "code": "16062",
    "category": "160",
    "name": {
      "en": "Statistical capacity building"
    },
    "description": {
      "en": "All statistical activities, such as data collection, processing, dissemination and analysis; support to development and management of official statistics including demographic, social, economic, environmental and multi-sectoral statistics; statistical quality frameworks; development of human and technological resources for statistics, investments in data innovation. Activities related to data and statistics in the sectors 120, 130 or 150 should preferably be coded under the voluntary purpose codes 12196, 13096 and 15196. Activities with the sole purpose of monitoring development co-operation activities, including if performed by third parties, should be coded under 91010 (Administrative costs)."
    }
  },
  {
    "code": "25010",
    "category": "250",
    "name": {
      "en": "Business policy and administration"
    },
    "description": {
      "en": "Public sector policies and institution support to the business environment and investment climate, including business regulations, property rights, non-discrimination, investment promotion, competition policy, enterprises law, private-public partnerships."
    }
  },
  {
    "code": "32182",
    "category": "321",
    "name": {
      "en": "Technological research and development"
    },
    "description": {
      "en": "Including industrial standards; quality management; metrology; testing; accreditation; certification."
    }
  },
  {
    "code": "33120",
    "category": "331",
    "name": {
      "en": "Trade facilitation"
    },
    "description": {
      "en": "Simplification and harmonisation of international import and export procedures (e.g. customs valuation, licensing procedures, transport formalities, payments, insurance); support to customs departments and other border agencies, including in particular implementation of the provisions of the WTO Trade Facilitation Agreement; tariff reforms."
    }
  },
  {
    "code": "43010",
    "category": "430",
    "name": {
      "en": "Multisector aid"
    }
  },
  {
    "code": "43082",
    "category": "430",
    "name": {
      "en": "Research/scientific institutions"
    },
    "description": {
      "en": "When sector cannot be identified."
    }
  }
];

/** SDG goal and target names (en) from the IATI UNSDG-Goals / UNSDG-Targets lists, for the goals with ICT indicators. */
export const SDG_GOALS: Readonly<Record<string, string>> = {
  "4": "Goal 4. Ensure inclusive and equitable quality education and promote lifelong learning opportunities for all",
  "5": "Goal 5. Achieve gender equality and empower all women and girls",
  "9": "Goal 9. Build resilient infrastructure, promote inclusive and sustainable industrialization and foster innovation",
  "17": "Goal 17. Strengthen the means of implementation and revitalize the Global Partnership for Sustainable Development"
};
export const SDG_TARGETS: Readonly<Record<string, string>> = {
  "4.4": "By 2030, substantially increase the number of youth and adults who have relevant skills, including technical and vocational skills, for employment, decent jobs and entrepreneurship",
  "5.b": "Enhance the use of enabling technology, in particular information and communications technology, to promote the empowerment of women",
  "9.c": "Significantly increase access to information and communications technology and strive to provide universal and affordable access to the Internet in least developed countries by 2020",
  "17.6": "Enhance North-South, South-South and triangular regional and international cooperation on and access to science, technology and innovation and enhance knowledge-sharing on mutually agreed terms, including through improved coordination among existing mechanisms, in particular at the United Nations level, and through a global technology facilitation mechanism",
  "17.8": "Fully operationalize the technology bank and science, technology and innovation capacity-building mechanism for least developed countries by 2017 and enhance the use of enabling technology, in particular information and communications technology"
};
