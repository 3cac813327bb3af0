// Raw rows sampled from the import input (file, 1-based line, text as in the file), used to trace committed figures back.
export const TRACE_SAMPLE: readonly { readonly file: string; readonly line: number; readonly text: string }[] = [
  {
    "file": "wb_wdi_ict_macro.csv",
    "line": 2,
    "text": "AZE,GB.XPD.RSDV.GD.ZS,Research and development expenditure (% of GDP),2000,0.336,% of GDP,World Bank WDI (ITU/UN/WB underlying) via github.com/datasets/world-development-indicators"
  },
  {
    "file": "wb_wdi_ict_macro.csv",
    "line": 235,
    "text": "WLD,GB.XPD.RSDV.GD.ZS,Research and development expenditure (% of GDP),2012,2.01288483345794,% of GDP,World Bank WDI (ITU/UN/WB underlying) via github.com/datasets/world-development-indicators"
  },
  {
    "file": "wb_wdi_ict_macro.csv",
    "line": 468,
    "text": "TJK,IT.CEL.SETS.P2,Mobile cellular subscriptions (per 100 people),2018,107.442164151643,per 100 people,World Bank WDI (ITU/UN/WB underlying) via github.com/datasets/world-development-indicators"
  },
  {
    "file": "wb_wdi_ict_macro.csv",
    "line": 701,
    "text": "MNG,IT.MLT.MAIN.P2,Fixed telephone subscriptions (per 100 people),2014,7.83810309439729,per 100 people,World Bank WDI (ITU/UN/WB underlying) via github.com/datasets/world-development-indicators"
  },
  {
    "file": "wb_wdi_ict_macro.csv",
    "line": 934,
    "text": "KAZ,IT.NET.BBND.P2,Fixed broadband subscriptions (per 100 people),2012,9.46082267148947,per 100 people,World Bank WDI (ITU/UN/WB underlying) via github.com/datasets/world-development-indicators"
  },
  {
    "file": "wb_wdi_ict_macro.csv",
    "line": 1167,
    "text": "KAZ,IT.NET.SECR.P6,Secure Internet servers (per 1 million people),2023,5814.13651400898,per 1 million people,World Bank WDI (ITU/UN/WB underlying) via github.com/datasets/world-development-indicators"
  },
  {
    "file": "wb_wdi_ict_macro.csv",
    "line": 1400,
    "text": "KAZ,NY.GDP.PCAP.CD,GDP per capita (current US$),2023,12879.4275257974,current US$,World Bank WDI (ITU/UN/WB underlying) via github.com/datasets/world-development-indicators"
  },
  {
    "file": "wb_wdi_ict_macro.csv",
    "line": 1633,
    "text": "AZE,NY.GDP.PCAP.PP.CD,\"GDP per capita, PPP (current international $)\",2024,25088.9993757134,current international $ (PPP),World Bank WDI (ITU/UN/WB underlying) via github.com/datasets/world-development-indicators"
  },
  {
    "file": "wb_wdi_ict_macro.csv",
    "line": 1866,
    "text": "WLD,NY.GDP.PCAP.PP.CD,\"GDP per capita, PPP (current international $)\",2007,11804.6142042322,current international $ (PPP),World Bank WDI (ITU/UN/WB underlying) via github.com/datasets/world-development-indicators"
  },
  {
    "file": "wb_wdi_ict_macro.csv",
    "line": 2099,
    "text": "TJK,SP.POP.TOTL,\"Population, total\",2007,7194477,persons,World Bank WDI (ITU/UN/WB underlying) via github.com/datasets/world-development-indicators"
  },
  {
    "file": "wb_wdi_ict_macro.csv",
    "line": 2332,
    "text": "WLD,TX.VAL.TECH.MF.ZS,High-technology exports (% of manufactured exports),2010,20.5596252429583,% of manufactured exports,World Bank WDI (ITU/UN/WB underlying) via github.com/datasets/world-development-indicators"
  },
  {
    "file": "wb_wdi_ict_macro.csv",
    "line": 2346,
    "text": "WLD,TX.VAL.TECH.MF.ZS,High-technology exports (% of manufactured exports),2024,24.7171414918448,% of manufactured exports,World Bank WDI (ITU/UN/WB underlying) via github.com/datasets/world-development-indicators"
  },
  {
    "file": "owid_itu_internet_users.csv",
    "line": 2,
    "text": "AFG,IT.NET.USER.ZS,Individuals using the Internet (% of population),2001,0.00472257,% of population,\"ITU via World Bank WDI, processed by Our World in Data (grapher share-of-individuals-using-the-internet)\""
  },
  {
    "file": "owid_itu_internet_users.csv",
    "line": 39,
    "text": "AZE,IT.NET.USER.ZS,Individuals using the Internet (% of population),2019,81.1,% of population,\"ITU via World Bank WDI, processed by Our World in Data (grapher share-of-individuals-using-the-internet)\""
  },
  {
    "file": "owid_itu_internet_users.csv",
    "line": 76,
    "text": "ECS,IT.NET.USER.ZS,Individuals using the Internet (% of population),2009,52.7,% of population,\"ITU via World Bank WDI, processed by Our World in Data (grapher share-of-individuals-using-the-internet)\""
  },
  {
    "file": "owid_itu_internet_users.csv",
    "line": 113,
    "text": "KAZ,IT.NET.USER.ZS,Individuals using the Internet (% of population),2022,92.2969,% of population,\"ITU via World Bank WDI, processed by Our World in Data (grapher share-of-individuals-using-the-internet)\""
  },
  {
    "file": "owid_itu_internet_users.csv",
    "line": 150,
    "text": "MNG,IT.NET.USER.ZS,Individuals using the Internet (% of population),2016,22.2658,% of population,\"ITU via World Bank WDI, processed by Our World in Data (grapher share-of-individuals-using-the-internet)\""
  },
  {
    "file": "owid_itu_internet_users.csv",
    "line": 187,
    "text": "TJK,IT.NET.USER.ZS,Individuals using the Internet (% of population),2008,8.78,% of population,\"ITU via World Bank WDI, processed by Our World in Data (grapher share-of-individuals-using-the-internet)\""
  },
  {
    "file": "owid_itu_internet_users.csv",
    "line": 224,
    "text": "UZB,IT.NET.USER.ZS,Individuals using the Internet (% of population),2006,6.38832,% of population,\"ITU via World Bank WDI, processed by Our World in Data (grapher share-of-individuals-using-the-internet)\""
  },
  {
    "file": "owid_itu_internet_users.csv",
    "line": 261,
    "text": "WLD,IT.NET.USER.ZS,Individuals using the Internet (% of population),2019,53.2,% of population,\"ITU via World Bank WDI, processed by Our World in Data (grapher share-of-individuals-using-the-internet)\""
  },
  {
    "file": "owid_itu_internet_users.csv",
    "line": 265,
    "text": "WLD,IT.NET.USER.ZS,Individuals using the Internet (% of population),2023,67.4,% of population,\"ITU via World Bank WDI, processed by Our World in Data (grapher share-of-individuals-using-the-internet)\""
  },
  {
    "file": "owid_itu_mobile_network_coverage.csv",
    "line": 2,
    "text": "AFG,IT_MOB_2GNTWK,Proportion of population covered by at least a 2G mobile network (%),2007,72,% of population,\"ITU via UN SDG Global Database (indicator 9.c.1), processed by Our World in Data (grapher population-covered-by-mobile-network-by-network-capability)\""
  },
  {
    "file": "owid_itu_mobile_network_coverage.csv",
    "line": 45,
    "text": "KAZ,IT_MOB_2GNTWK,Proportion of population covered by at least a 2G mobile network (%),2010,95,% of population,\"ITU via UN SDG Global Database (indicator 9.c.1), processed by Our World in Data (grapher population-covered-by-mobile-network-by-network-capability)\""
  },
  {
    "file": "owid_itu_mobile_network_coverage.csv",
    "line": 88,
    "text": "MNG,IT_MOB_2GNTWK,Proportion of population covered by at least a 2G mobile network (%),2018,100,% of population,\"ITU via UN SDG Global Database (indicator 9.c.1), processed by Our World in Data (grapher population-covered-by-mobile-network-by-network-capability)\""
  },
  {
    "file": "owid_itu_mobile_network_coverage.csv",
    "line": 131,
    "text": "UZB,IT_MOB_2GNTWK,Proportion of population covered by at least a 2G mobile network (%),2018,98.6,% of population,\"ITU via UN SDG Global Database (indicator 9.c.1), processed by Our World in Data (grapher population-covered-by-mobile-network-by-network-capability)\""
  },
  {
    "file": "owid_itu_mobile_network_coverage.csv",
    "line": 174,
    "text": "KAZ,IT_MOB_3GNTWK,Proportion of population covered by at least a 3G mobile network (%),2013,59,% of population,\"ITU via UN SDG Global Database (indicator 9.c.1), processed by Our World in Data (grapher population-covered-by-mobile-network-by-network-capability)\""
  },
  {
    "file": "owid_itu_mobile_network_coverage.csv",
    "line": 217,
    "text": "TKM,IT_MOB_3GNTWK,Proportion of population covered by at least a 3G mobile network (%),2012,28.53,% of population,\"ITU via UN SDG Global Database (indicator 9.c.1), processed by Our World in Data (grapher population-covered-by-mobile-network-by-network-capability)\""
  },
  {
    "file": "owid_itu_mobile_network_coverage.csv",
    "line": 260,
    "text": "AFG,IT_MOB_4GNTWK,Proportion of population covered by at least a 4G mobile network (%),2016,0,% of population,\"ITU via UN SDG Global Database (indicator 9.c.1), processed by Our World in Data (grapher population-covered-by-mobile-network-by-network-capability)\""
  },
  {
    "file": "owid_itu_mobile_network_coverage.csv",
    "line": 303,
    "text": "MNG,IT_MOB_4GNTWK,Proportion of population covered by at least a 4G mobile network (%),2022,99,% of population,\"ITU via UN SDG Global Database (indicator 9.c.1), processed by Our World in Data (grapher population-covered-by-mobile-network-by-network-capability)\""
  },
  {
    "file": "owid_itu_mobile_network_coverage.csv",
    "line": 346,
    "text": "WLD,IT_MOB_4GNTWK,Proportion of population covered by at least a 4G mobile network (%),2022,88.5,% of population,\"ITU via UN SDG Global Database (indicator 9.c.1), processed by Our World in Data (grapher population-covered-by-mobile-network-by-network-capability)\""
  },
  {
    "file": "owid_itu_mobile_network_coverage.csv",
    "line": 347,
    "text": "WLD,IT_MOB_4GNTWK,Proportion of population covered by at least a 4G mobile network (%),2023,90.1,% of population,\"ITU via UN SDG Global Database (indicator 9.c.1), processed by Our World in Data (grapher population-covered-by-mobile-network-by-network-capability)\""
  },
  {
    "file": "un_egov_survey.csv",
    "line": 2,
    "text": "AFG,EGDI,E-Government Development Index,2010,0.20976,index 0-1,\"UN DESA E-Government Survey 2010, via github.com/UNU-EGOV/datasets egdi/egdi-2010.csv\""
  },
  {
    "file": "un_egov_survey.csv",
    "line": 43,
    "text": "TJK,EGDI,E-Government Development Index,2024,0.56055,index 0-1,\"UN DESA E-Government Survey 2024 (EGOV_DATA_2024.csv), via github.com/MaryliaCruzS/Estadistica1CienciaPolitica EGOV_DATA_2024.csv\""
  },
  {
    "file": "un_egov_survey.csv",
    "line": 84,
    "text": "KGZ,EGOV_RANK,E-Government Development Index rank,2022,81,rank (of 193),\"UN DESA E-Government Survey 2022 (EGOV_DATA_2022.csv), via github.com/pluralitybook/plurality figs/data/egovernment/EGOV_DATA_2022.csv\""
  },
  {
    "file": "un_egov_survey.csv",
    "line": 125,
    "text": "AZE,EPART,E-Participation Index,2018,0.6798,index 0-1,\"UN DESA E-Government Survey 2018, via github.com/UNU-EGOV/datasets egdi/egdi-2018.csv\""
  },
  {
    "file": "un_egov_survey.csv",
    "line": 166,
    "text": "UZB,EPART,E-Participation Index,2016,0.67797,index 0-1,\"UN DESA E-Government Survey 2016, via github.com/UNU-EGOV/datasets egdi/egdi-2016.csv\""
  },
  {
    "file": "un_egov_survey.csv",
    "line": 207,
    "text": "TJK,HCI,Human Capital Index (UN e-gov),2014,0.7249,index 0-1,\"UN DESA E-Government Survey 2014, via github.com/UNU-EGOV/datasets egdi/egdi-2014.csv\""
  },
  {
    "file": "un_egov_survey.csv",
    "line": 248,
    "text": "KGZ,OSI,Online Service Index,2012,0.42483,index 0-1,\"UN DESA E-Government Survey 2012, via github.com/UNU-EGOV/datasets egdi/egdi-2012.csv\""
  },
  {
    "file": "un_egov_survey.csv",
    "line": 289,
    "text": "AZE,TII,Telecommunication Infrastructure Index,2010,0.13292,index 0-1,\"UN DESA E-Government Survey 2010, via github.com/UNU-EGOV/datasets egdi/egdi-2010.csv\""
  },
  {
    "file": "un_egov_survey.csv",
    "line": 330,
    "text": "TKM,TII,Telecommunication Infrastructure Index,2024,0.51512,index 0-1,\"UN DESA E-Government Survey 2024 (EGOV_DATA_2024.csv), via github.com/MaryliaCruzS/Estadistica1CienciaPolitica EGOV_DATA_2024.csv\""
  },
  {
    "file": "un_egov_survey.csv",
    "line": 337,
    "text": "UZB,TII,Telecommunication Infrastructure Index,2024,0.87687,index 0-1,\"UN DESA E-Government Survey 2024 (EGOV_DATA_2024.csv), via github.com/MaryliaCruzS/Estadistica1CienciaPolitica EGOV_DATA_2024.csv\""
  },
  {
    "file": "policy_instruments.csv",
    "line": 2,
    "text": "KAZ,policy,strategy,\"Nationwide Strategy for Large-Scale Digitalization and Comprehensive Deployment of AI \"\"Digital Qazaqstan\"\" (to 2029)\",,2026-06-09,Presidential Decree No. 1311,in force (per single source),,President of the Republic of Kazakhstan,Umbrella strategy merging digitalization and AI initiatives; three-year push to a 'fully digital state'; implementation plan due within 3 months.,http://v2.talap.org/en/technology-and-society/digital-qazaqstan-what-the-new-nationwide-strategy-for-digitalization-and-ai-changes/,TALAP: Digital Qazaqstan - what the new nationwide strategy for digitalization and AI changes,partial"
  },
  {
    "file": "policy_instruments.csv",
    "line": 31,
    "text": "KGZ,regulatory,law,Digital Code of the Kyrgyz Republic,,2025-07-31,No. 178,adopted (accepted by Jogorku Kenesh 2025-06-18); in force UNVERIFIED,,Jogorku Kenesh / President of the Kyrgyz Republic,\"Codified digital legislation covering the national digital ecosystem, digital signature, personal data and telecom.\",https://cis-legislation.com/document.fwx?rgn=168581,\"CIS Legislation: Digital Code of the Kyrgyz Republic of July 31, 2025 No. 178\",yes"
  },
  {
    "file": "policy_instruments.csv",
    "line": 60,
    "text": "TJK,institutional,institution,Communication Service under the Government of the Republic of Tajikistan,,2011-05-11,Government Decision No. 252 (new Regulation: Government Order No. 480 of 2025-09-25),active,,Government of the Republic of Tajikistan,\"Central executive body regulating telecom, post, satellite and informatization; also personal-data regulator; not independent.\",https://cis-legislation.com/document.fwx?rgn=169887,\"CIS Legislation: Order of the Government of September 25, 2025 No. 480\",yes"
  },
  {
    "file": "policy_instruments.csv",
    "line": 89,
    "text": "UZB,regulatory,law,Law on Personal Data,,2019-07-02,ZRU-547,in force (from 2019-10-01; amended 11-01-2024),,Oliy Majlis / President of the Republic of Uzbekistan,First comprehensive data protection law; State Personalization Centre designated as authorized body.,https://cis-legislation.com/document.fwx?rgn=116961,\"CIS Legislation: Law of the Republic of Uzbekistan of July 2, 2019 No. ZRU-547 About personal data\",yes"
  },
  {
    "file": "policy_instruments.csv",
    "line": 118,
    "text": "MNG,regulatory,law,Law on Transparency of Public Information (revised),,2021-12-17,,in force (from 2022-05-01),Replaced Law on Information Transparency and Right to Information (2011),State Great Khural,Right to seek/receive information plus legal basis for public information systems and electronic state activity.,https://cyrilla.org/en/entity/2fjjbnthnfn,CYRILLA: Law of Mongolia on Transparency of Public Information (17 Dec 2021),yes"
  },
  {
    "file": "policy_instruments.csv",
    "line": 147,
    "text": "AZE,policy,strategy,Digital Development Concept of the Republic of Azerbaijan,,2025-01-16,Presidential Decree,in force,,President of the Republic of Azerbaijan,\"Digital government, infrastructure (5G, data centres), AI and data governance, cybersecurity and skills.\",https://dig.watch/?p=214511,Digital Watch: Digital Development Concept of the Republic of Azerbaijan,partial"
  },
  {
    "file": "policy_instruments.csv",
    "line": 168,
    "text": "AZE,institutional,index_score,ITU Global Cybersecurity Index 2024 (5th edition),,2024,,published,,International Telecommunication Union (ITU),Tier 2 (Advancing); exact score UNVERIFIED.,https://en.inform.kz/news/kazakhstan-improves-its-position-in-2024-global-cybersecurity-index-de0448/,Kazinform (2024-09-13): Tier 2 list incl. Azerbaijan; confirmed by ITU CIS office,yes"
  }
];
