// What the registration forms show and the server's schemas check: labels, descriptions and lengths.
export const WORK_PLAN_MIN_LENGTH = 20;

export const COMPANY_SIZE_LABELS = {
  SIZE_1_10: "1–10 employees",
  SIZE_11_50: "11–50 employees",
  SIZE_51_200: "51–200 employees",
  SIZE_201_1000: "201–1,000 employees",
  SIZE_1001_PLUS: "More than 1,000 employees",
} as const;

export const TRACK_DESCRIPTIONS = {
  RESELLER: "Resell subscriptions to your customers.",
  SERVICES: "Deliver implementation, migration and consulting services.",
  REFERRAL: "Refer customers to us for a referral fee.",
  MSP: "Run the software for customers as a managed service.",
  TRAINING: "Teach certified courses (Certified Training Partner).",
  TEAMOPS_CONSULTANT: "Help teams adopt TeamOps practices.",
  TEAMOPS_TOOL: "Offer a tool that supports TeamOps.",
} as const;
