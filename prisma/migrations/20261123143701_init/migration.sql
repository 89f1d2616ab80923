-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PARTNER_USER', 'PARTNER_ADMIN', 'CAM', 'PHD', 'PS_COORDINATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('AMER', 'EMEA', 'APAC', 'PUBLIC_SECTOR');

-- CreateEnum
CREATE TYPE "TokenPurpose" AS ENUM ('PASSWORD_RESET', 'EMAIL_VERIFICATION', 'INVITATION');

-- CreateEnum
CREATE TYPE "PartnerTier" AS ENUM ('OPEN', 'SELECT');

-- CreateEnum
CREATE TYPE "PartnerTrack" AS ENUM ('RESELLER', 'SERVICES', 'REFERRAL', 'MSP', 'TRAINING', 'TEAMOPS_CONSULTANT', 'TEAMOPS_TOOL');

-- CreateEnum
CREATE TYPE "PartnerStatus" AS ENUM ('SUBMITTED', 'IN_REVIEW', 'AUTHORIZED', 'DENIED', 'INACTIVE');

-- CreateEnum
CREATE TYPE "CompanySize" AS ENUM ('SIZE_1_10', 'SIZE_11_50', 'SIZE_51_200', 'SIZE_201_1000', 'SIZE_1001_PLUS');

-- CreateEnum
CREATE TYPE "SubcontractRelationship" AS ENUM ('INDIRECT_STAFF_AUGMENTATION', 'INDIRECT_PROJECT_BASED', 'DIRECT');

-- CreateEnum
CREATE TYPE "ReviewKind" AS ENUM ('APPLICANT', 'MONTHLY', 'QUARTERLY');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('MPA', 'RESELLER_ADDENDUM', 'REFERRAL_SERVICES_ADDENDUM', 'MSP_AGREEMENT', 'TRAINING_ADDENDUM', 'MSA', 'DPA');

-- CreateEnum
CREATE TYPE "AcceptanceMethod" AS ENUM ('CLICK_THROUGH', 'SIGNED_DOCUMENT');

-- CreateEnum
CREATE TYPE "LegalRequestStatus" AS ENUM ('OPEN', 'IN_NEGOTIATION', 'RESOLVED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "CompanyCertificationKind" AS ENUM ('PSP', 'CTP');

-- CreateEnum
CREATE TYPE "AwardCaseStatus" AS ENUM ('OPEN', 'EMAIL_SENT', 'COMPLETED');

-- CreateEnum
CREATE TYPE "CtpTrackingStatus" AS ENUM ('ACTIVE', 'COMPLETE', 'LOCKED');

-- CreateEnum
CREATE TYPE "CtpSectionKind" AS ENUM ('PROGRAM_ENTRY', 'TRAINER_CANDIDATES', 'COMPETENCY', 'COMPLIANCE_MBO', 'LEGAL_OPERATIONAL');

-- CreateEnum
CREATE TYPE "CtpOwner" AS ENUM ('CAM', 'PARTNER_PRIMARY_CONTACT', 'EDUCATION_SERVICES', 'CHANNEL_SERVICES');

-- CreateEnum
CREATE TYPE "NfrPlan" AS ENUM ('STARTER', 'PREMIUM', 'ULTIMATE');

-- CreateEnum
CREATE TYPE "NfrRequestStatus" AS ENUM ('SUBMITTED', 'INFO_REQUESTED', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "NfrLicenseStatus" AS ENUM ('ACTIVE', 'EXPIRED', 'REVOKED');

-- CreateEnum
CREATE TYPE "SowStatus" AS ENUM ('DRAFT', 'SENT_TO_PARTNER', 'REDLINES', 'LEGAL_STAMP', 'OUT_FOR_SIGNATURE', 'EXECUTED', 'PO_APPROVED', 'ACTIVE', 'EXHAUSTED');

-- CreateEnum
CREATE TYPE "WorkAuthorizationStatus" AS ENUM ('DRAFT', 'ACTIVE', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ConsultantStage" AS ENUM ('CANDIDATE', 'SKILLS_MATRIX_SUBMITTED', 'VIDEO_REVIEWED', 'CERTIFICATIONS_VERIFIED', 'DEEP_DIVE_PASSED', 'APPROVED', 'ONBOARDING', 'ACTIVE', 'OFFBOARDED', 'DECLINED');

-- CreateEnum
CREATE TYPE "InvoiceStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'PAID');

-- CreateEnum
CREATE TYPE "TeamOpsCategory" AS ENUM ('HANDBOOK_FIRST', 'ASYNC_FIRST', 'AUTONOMY_FIRST', 'RESULTS_FIRST', 'TRANSPARENCY', 'SHARED_REALITY', 'EVERYONE_CONTRIBUTES', 'DECISION_VELOCITY', 'MEASUREMENT_CLARITY');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('NEW', 'CONTACTED', 'QUALIFIED', 'PROPOSAL', 'WON', 'LOST');

-- CreateEnum
CREATE TYPE "ReferralFeeStatus" AS ENUM ('INVOICEABLE', 'INVOICED', 'PAID');

-- CreateEnum
CREATE TYPE "AnnouncementKind" AS ENUM ('PRICING', 'PRODUCT', 'PROGRAM', 'GENERAL');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENT', 'CAPTURED', 'FAILED');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('IMMEDIATE', 'DAILY_DIGEST', 'OFF');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "partnerId" TEXT,
    "region" "Region",
    "title" TEXT,
    "phone" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "emailVerifiedAt" TIMESTAMP(3),
    "newsletterOptIn" BOOLEAN NOT NULL DEFAULT false,
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OneTimeToken" (
    "id" TEXT NOT NULL,
    "purpose" "TokenPurpose" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "userId" TEXT,
    "partnerId" TEXT,
    "role" "Role",
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OneTimeToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" TEXT NOT NULL,
    "legalName" TEXT NOT NULL,
    "website" TEXT NOT NULL,
    "websiteDomain" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "region" "Region" NOT NULL,
    "phdRegion" "Region" NOT NULL,
    "size" "CompanySize" NOT NULL,
    "tier" "PartnerTier" NOT NULL DEFAULT 'OPEN',
    "tracks" "PartnerTrack"[],
    "status" "PartnerStatus" NOT NULL DEFAULT 'SUBMITTED',
    "crmId" TEXT,
    "camOwnerId" TEXT,
    "workPlan" TEXT,
    "description" TEXT,
    "logoFileId" TEXT,
    "locations" TEXT[],
    "languages" TEXT[],
    "services" TEXT[],
    "subcontractRelationship" "SubcontractRelationship",
    "contractSignedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "denialReason" TEXT,
    "lastPhdReviewAt" TIMESTAMP(3),
    "accountNotes" TEXT NOT NULL DEFAULT '',
    "serviceCommunityAdminAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationDraft" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "step" INTEGER NOT NULL DEFAULT 1,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApplicationDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerReview" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "kind" "ReviewKind" NOT NULL,
    "reviewerId" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),
    "notes" TEXT,

    CONSTRAINT "PartnerReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerReviewItem" (
    "id" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "answer" BOOLEAN,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),

    CONSTRAINT "PartnerReviewItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementTemplate" (
    "id" TEXT NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementVersion" (
    "id" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgreementVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementAcceptance" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "userId" TEXT,
    "method" "AcceptanceMethod" NOT NULL DEFAULT 'CLICK_THROUGH',
    "region" "Region" NOT NULL,
    "leadershipException" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "signedFileId" TEXT,

    CONSTRAINT "AgreementAcceptance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalRequest" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "requestedById" TEXT,
    "status" "LegalRequestStatus" NOT NULL DEFAULT 'OPEN',
    "reason" TEXT NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LegalRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Certification" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "validityMonths" INTEGER,
    "passingScore" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Certification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EarnedCertification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "certificationId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "issuedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "badgeIssuedAt" TIMESTAMP(3),

    CONSTRAINT "EarnedCertification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CompanyCertification" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "kind" "CompanyCertificationKind" NOT NULL,
    "awardedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CompanyCertification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AwardCase" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "kind" "CompanyCertificationKind" NOT NULL,
    "status" "AwardCaseStatus" NOT NULL DEFAULT 'OPEN',
    "camId" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "awardEmailSentAt" TIMESTAMP(3),
    "profileUpdatedAt" TIMESTAMP(3),
    "communityAccessGrantedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "overdueFlaggedAt" TIMESTAMP(3),

    CONSTRAINT "AwardCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CtpTracking" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "invitedById" TEXT,
    "status" "CtpTrackingStatus" NOT NULL DEFAULT 'ACTIVE',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locksAt" TIMESTAMP(3) NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "CtpTracking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CtpSection" (
    "id" TEXT NOT NULL,
    "trackingId" TEXT NOT NULL,
    "kind" "CtpSectionKind" NOT NULL,
    "owner" "CtpOwner" NOT NULL,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "CtpSection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CtpItem" (
    "id" TEXT NOT NULL,
    "sectionId" TEXT NOT NULL,
    "candidateId" TEXT,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "completedAt" TIMESTAMP(3),
    "completedById" TEXT,

    CONSTRAINT "CtpItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CtpTrainerCandidate" (
    "id" TEXT NOT NULL,
    "trackingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "enrolledAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "CtpTrainerCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NfrRequest" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "usersCount" INTEGER NOT NULL,
    "plan" "NfrPlan" NOT NULL DEFAULT 'ULTIMATE',
    "isRenewal" BOOLEAN NOT NULL,
    "justification" TEXT NOT NULL,
    "status" "NfrRequestStatus" NOT NULL DEFAULT 'SUBMITTED',
    "infoRequest" TEXT,
    "rejectionReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NfrRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NfrLicense" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "requestId" TEXT,
    "name" TEXT NOT NULL,
    "companyName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "usersCount" INTEGER NOT NULL,
    "plan" "NfrPlan" NOT NULL,
    "trial" BOOLEAN NOT NULL DEFAULT false,
    "startsOn" DATE NOT NULL,
    "expiresOn" DATE NOT NULL,
    "notes" TEXT NOT NULL,
    "licenseKey" TEXT NOT NULL,
    "referenceNumber" TEXT NOT NULL,
    "status" "NfrLicenseStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NfrLicense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PrimeSow" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "status" "SowStatus" NOT NULL DEFAULT 'DRAFT',
    "poNumber" TEXT,
    "sentAt" TIMESTAMP(3),
    "executedAt" TIMESTAMP(3),
    "poApprovedAt" TIMESTAMP(3),
    "replenishAlertedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PrimeSow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SowRate" (
    "id" TEXT NOT NULL,
    "sowId" TEXT NOT NULL,
    "roleName" TEXT NOT NULL,
    "hourlyRateCents" INTEGER NOT NULL,

    CONSTRAINT "SowRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkAuthorization" (
    "id" TEXT NOT NULL,
    "sowId" TEXT NOT NULL,
    "projectName" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "technicalRequirements" TEXT NOT NULL,
    "backgroundCheck" TEXT NOT NULL,
    "hourlyRateCents" INTEGER NOT NULL,
    "billingTerms" TEXT NOT NULL,
    "travelAndExpenses" TEXT NOT NULL,
    "hoursAuthorized" INTEGER NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "status" "WorkAuthorizationStatus" NOT NULL DEFAULT 'DRAFT',
    "startsOn" DATE,
    "endsOn" DATE,
    "changeOrderRiskAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkAuthorization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultant" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "stage" "ConsultantStage" NOT NULL DEFAULT 'CANDIDATE',
    "deepDiveAt" TIMESTAMP(3),
    "deepDiveMinutes" INTEGER,
    "deepDiveResult" TEXT,
    "deepDiveById" TEXT,
    "onboardingBuddy" TEXT,
    "accessRequestedAt" TIMESTAMP(3),
    "timeLoggingSetAt" TIMESTAMP(3),
    "offboardedAt" TIMESTAMP(3),
    "retroNotes" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Consultant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkAuthorizationConsultant" (
    "workAuthorizationId" TEXT NOT NULL,
    "consultantId" TEXT NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkAuthorizationConsultant_pkey" PRIMARY KEY ("workAuthorizationId","consultantId")
);

-- CreateTable
CREATE TABLE "TimeEntry" (
    "id" TEXT NOT NULL,
    "workAuthorizationId" TEXT NOT NULL,
    "consultantId" TEXT NOT NULL,
    "workedOn" DATE NOT NULL,
    "minutes" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "invoiceId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimeEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invoice" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "sowId" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "status" "InvoiceStatus" NOT NULL DEFAULT 'DRAFT',
    "timeAmountCents" INTEGER NOT NULL DEFAULT 0,
    "expenseAmountCents" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "rejectionReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invoice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Expense" (
    "id" TEXT NOT NULL,
    "invoiceId" TEXT NOT NULL,
    "workAuthorizationId" TEXT NOT NULL,
    "incurredOn" DATE NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "receiptFileId" TEXT,

    CONSTRAINT "Expense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamOpsAssessment" (
    "id" TEXT NOT NULL,
    "companyName" TEXT NOT NULL,
    "contactName" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "companySize" "CompanySize" NOT NULL,
    "budgetCents" INTEGER NOT NULL,
    "country" TEXT NOT NULL,
    "region" "Region" NOT NULL,
    "languages" TEXT[],
    "servicesWanted" "TeamOpsCategory"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TeamOpsAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamOpsAssessmentScore" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "category" "TeamOpsCategory" NOT NULL,
    "score" INTEGER NOT NULL,

    CONSTRAINT "TeamOpsAssessmentScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TeamOpsMatchingPreference" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "companySizes" "CompanySize"[],
    "budgetMinCents" INTEGER NOT NULL DEFAULT 0,
    "budgetMaxCents" INTEGER,
    "regions" "Region"[],
    "countries" TEXT[],
    "languages" TEXT[],
    "serviceCategories" "TeamOpsCategory"[],
    "approvedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TeamOpsMatchingPreference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseStudy" (
    "id" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseStudy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "partnerId" TEXT NOT NULL,
    "rank" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "scoreBreakdown" JSONB NOT NULL,
    "status" "ReferralStatus" NOT NULL DEFAULT 'NEW',
    "dealAmountCents" INTEGER,
    "wonAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralFee" (
    "id" TEXT NOT NULL,
    "referralId" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "status" "ReferralFeeStatus" NOT NULL DEFAULT 'INVOICEABLE',
    "invoicedAt" TIMESTAMP(3),
    "paidAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralFee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Announcement" (
    "id" TEXT NOT NULL,
    "kind" "AnnouncementKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "effectiveAt" TIMESTAMP(3) NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramSetting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProgramSetting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "changes" JSONB,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxEmail" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "OutboxEmail_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "channel" "NotificationChannel" NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "originalName" TEXT NOT NULL,
    "ownerPartnerId" TEXT,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_partnerId_idx" ON "User"("partnerId");

-- CreateIndex
CREATE INDEX "User_role_region_idx" ON "User"("role", "region");

-- CreateIndex
CREATE INDEX "SignInAttempt_email_createdAt_idx" ON "SignInAttempt"("email", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_ip_createdAt_idx" ON "SignInAttempt"("ip", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OneTimeToken_tokenHash_key" ON "OneTimeToken"("tokenHash");

-- CreateIndex
CREATE INDEX "OneTimeToken_purpose_email_idx" ON "OneTimeToken"("purpose", "email");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_websiteDomain_key" ON "Partner"("websiteDomain");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_logoFileId_key" ON "Partner"("logoFileId");

-- CreateIndex
CREATE INDEX "Partner_status_phdRegion_submittedAt_idx" ON "Partner"("status", "phdRegion", "submittedAt");

-- CreateIndex
CREATE INDEX "Partner_region_tier_idx" ON "Partner"("region", "tier");

-- CreateIndex
CREATE INDEX "Partner_camOwnerId_idx" ON "Partner"("camOwnerId");

-- CreateIndex
CREATE INDEX "Partner_legalName_idx" ON "Partner"("legalName");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationDraft_email_key" ON "ApplicationDraft"("email");

-- CreateIndex
CREATE INDEX "PartnerReview_partnerId_kind_idx" ON "PartnerReview"("partnerId", "kind");

-- CreateIndex
CREATE INDEX "PartnerReview_kind_completedAt_idx" ON "PartnerReview"("kind", "completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerReviewItem_reviewId_position_key" ON "PartnerReviewItem"("reviewId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementTemplate_kind_key" ON "AgreementTemplate"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementVersion_templateId_version_key" ON "AgreementVersion"("templateId", "version");

-- CreateIndex
CREATE INDEX "AgreementAcceptance_partnerId_idx" ON "AgreementAcceptance"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementAcceptance_versionId_partnerId_key" ON "AgreementAcceptance"("versionId", "partnerId");

-- CreateIndex
CREATE INDEX "LegalRequest_status_createdAt_idx" ON "LegalRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "LegalRequest_partnerId_idx" ON "LegalRequest"("partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "Certification_code_key" ON "Certification"("code");

-- CreateIndex
CREATE INDEX "EarnedCertification_partnerId_certificationId_idx" ON "EarnedCertification"("partnerId", "certificationId");

-- CreateIndex
CREATE INDEX "EarnedCertification_userId_idx" ON "EarnedCertification"("userId");

-- CreateIndex
CREATE INDEX "EarnedCertification_expiresAt_idx" ON "EarnedCertification"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "CompanyCertification_partnerId_kind_key" ON "CompanyCertification"("partnerId", "kind");

-- CreateIndex
CREATE INDEX "AwardCase_status_dueAt_idx" ON "AwardCase"("status", "dueAt");

-- CreateIndex
CREATE INDEX "AwardCase_camId_status_idx" ON "AwardCase"("camId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AwardCase_partnerId_kind_key" ON "AwardCase"("partnerId", "kind");

-- CreateIndex
CREATE INDEX "CtpTracking_partnerId_idx" ON "CtpTracking"("partnerId");

-- CreateIndex
CREATE INDEX "CtpTracking_status_locksAt_idx" ON "CtpTracking"("status", "locksAt");

-- CreateIndex
CREATE UNIQUE INDEX "CtpSection_trackingId_kind_key" ON "CtpSection"("trackingId", "kind");

-- CreateIndex
CREATE INDEX "CtpItem_sectionId_position_idx" ON "CtpItem"("sectionId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "CtpTrainerCandidate_trackingId_userId_key" ON "CtpTrainerCandidate"("trackingId", "userId");

-- CreateIndex
CREATE INDEX "NfrRequest_status_createdAt_idx" ON "NfrRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "NfrRequest_partnerId_createdAt_idx" ON "NfrRequest"("partnerId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "NfrLicense_requestId_key" ON "NfrLicense"("requestId");

-- CreateIndex
CREATE UNIQUE INDEX "NfrLicense_licenseKey_key" ON "NfrLicense"("licenseKey");

-- CreateIndex
CREATE UNIQUE INDEX "NfrLicense_referenceNumber_key" ON "NfrLicense"("referenceNumber");

-- CreateIndex
CREATE INDEX "NfrLicense_partnerId_status_idx" ON "NfrLicense"("partnerId", "status");

-- CreateIndex
CREATE INDEX "NfrLicense_status_expiresOn_idx" ON "NfrLicense"("status", "expiresOn");

-- CreateIndex
CREATE UNIQUE INDEX "PrimeSow_number_key" ON "PrimeSow"("number");

-- CreateIndex
CREATE INDEX "PrimeSow_partnerId_status_idx" ON "PrimeSow"("partnerId", "status");

-- CreateIndex
CREATE INDEX "PrimeSow_status_idx" ON "PrimeSow"("status");

-- CreateIndex
CREATE UNIQUE INDEX "SowRate_sowId_roleName_key" ON "SowRate"("sowId", "roleName");

-- CreateIndex
CREATE INDEX "WorkAuthorization_sowId_status_idx" ON "WorkAuthorization"("sowId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Consultant_userId_key" ON "Consultant"("userId");

-- CreateIndex
CREATE INDEX "Consultant_partnerId_stage_idx" ON "Consultant"("partnerId", "stage");

-- CreateIndex
CREATE INDEX "WorkAuthorizationConsultant_consultantId_idx" ON "WorkAuthorizationConsultant"("consultantId");

-- CreateIndex
CREATE INDEX "TimeEntry_workAuthorizationId_workedOn_idx" ON "TimeEntry"("workAuthorizationId", "workedOn");

-- CreateIndex
CREATE INDEX "TimeEntry_consultantId_workedOn_idx" ON "TimeEntry"("consultantId", "workedOn");

-- CreateIndex
CREATE INDEX "TimeEntry_invoiceId_idx" ON "TimeEntry"("invoiceId");

-- CreateIndex
CREATE INDEX "Invoice_partnerId_status_idx" ON "Invoice"("partnerId", "status");

-- CreateIndex
CREATE INDEX "Invoice_status_month_idx" ON "Invoice"("status", "month");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_sowId_month_key" ON "Invoice"("sowId", "month");

-- CreateIndex
CREATE UNIQUE INDEX "Expense_receiptFileId_key" ON "Expense"("receiptFileId");

-- CreateIndex
CREATE INDEX "Expense_invoiceId_idx" ON "Expense"("invoiceId");

-- CreateIndex
CREATE INDEX "TeamOpsAssessment_createdAt_idx" ON "TeamOpsAssessment"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "TeamOpsAssessmentScore_assessmentId_category_key" ON "TeamOpsAssessmentScore"("assessmentId", "category");

-- CreateIndex
CREATE UNIQUE INDEX "TeamOpsMatchingPreference_partnerId_key" ON "TeamOpsMatchingPreference"("partnerId");

-- CreateIndex
CREATE INDEX "CaseStudy_partnerId_idx" ON "CaseStudy"("partnerId");

-- CreateIndex
CREATE INDEX "Referral_partnerId_status_idx" ON "Referral"("partnerId", "status");

-- CreateIndex
CREATE INDEX "Referral_status_createdAt_idx" ON "Referral"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_assessmentId_partnerId_key" ON "Referral"("assessmentId", "partnerId");

-- CreateIndex
CREATE UNIQUE INDEX "ReferralFee_referralId_key" ON "ReferralFee"("referralId");

-- CreateIndex
CREATE INDEX "ReferralFee_status_idx" ON "ReferralFee"("status");

-- CreateIndex
CREATE INDEX "Announcement_publishedAt_idx" ON "Announcement"("publishedAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_createdAt_idx" ON "AuditEvent"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_createdAt_idx" ON "AuditEvent"("action", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_status_createdAt_idx" ON "OutboxEmail"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_to_createdAt_idx" ON "OutboxEmail"("to", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxEmail_template_createdAt_idx" ON "OutboxEmail"("template", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "NotificationPreference_userId_type_key" ON "NotificationPreference"("userId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "StoredFile_storageKey_key" ON "StoredFile"("storageKey");

-- CreateIndex
CREATE INDEX "StoredFile_ownerPartnerId_idx" ON "StoredFile"("ownerPartnerId");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneTimeToken" ADD CONSTRAINT "OneTimeToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OneTimeToken" ADD CONSTRAINT "OneTimeToken_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_camOwnerId_fkey" FOREIGN KEY ("camOwnerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_logoFileId_fkey" FOREIGN KEY ("logoFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReview" ADD CONSTRAINT "PartnerReview_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerReviewItem" ADD CONSTRAINT "PartnerReviewItem_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "PartnerReview"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementVersion" ADD CONSTRAINT "AgreementVersion_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "AgreementTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAcceptance" ADD CONSTRAINT "AgreementAcceptance_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAcceptance" ADD CONSTRAINT "AgreementAcceptance_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementAcceptance" ADD CONSTRAINT "AgreementAcceptance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalRequest" ADD CONSTRAINT "LegalRequest_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalRequest" ADD CONSTRAINT "LegalRequest_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "AgreementVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalRequest" ADD CONSTRAINT "LegalRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EarnedCertification" ADD CONSTRAINT "EarnedCertification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EarnedCertification" ADD CONSTRAINT "EarnedCertification_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EarnedCertification" ADD CONSTRAINT "EarnedCertification_certificationId_fkey" FOREIGN KEY ("certificationId") REFERENCES "Certification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CompanyCertification" ADD CONSTRAINT "CompanyCertification_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardCase" ADD CONSTRAINT "AwardCase_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AwardCase" ADD CONSTRAINT "AwardCase_camId_fkey" FOREIGN KEY ("camId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CtpTracking" ADD CONSTRAINT "CtpTracking_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CtpSection" ADD CONSTRAINT "CtpSection_trackingId_fkey" FOREIGN KEY ("trackingId") REFERENCES "CtpTracking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CtpItem" ADD CONSTRAINT "CtpItem_sectionId_fkey" FOREIGN KEY ("sectionId") REFERENCES "CtpSection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CtpItem" ADD CONSTRAINT "CtpItem_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "CtpTrainerCandidate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CtpTrainerCandidate" ADD CONSTRAINT "CtpTrainerCandidate_trackingId_fkey" FOREIGN KEY ("trackingId") REFERENCES "CtpTracking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CtpTrainerCandidate" ADD CONSTRAINT "CtpTrainerCandidate_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NfrRequest" ADD CONSTRAINT "NfrRequest_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NfrRequest" ADD CONSTRAINT "NfrRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NfrRequest" ADD CONSTRAINT "NfrRequest_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NfrLicense" ADD CONSTRAINT "NfrLicense_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NfrLicense" ADD CONSTRAINT "NfrLicense_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "NfrRequest"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PrimeSow" ADD CONSTRAINT "PrimeSow_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SowRate" ADD CONSTRAINT "SowRate_sowId_fkey" FOREIGN KEY ("sowId") REFERENCES "PrimeSow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkAuthorization" ADD CONSTRAINT "WorkAuthorization_sowId_fkey" FOREIGN KEY ("sowId") REFERENCES "PrimeSow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultant" ADD CONSTRAINT "Consultant_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultant" ADD CONSTRAINT "Consultant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkAuthorizationConsultant" ADD CONSTRAINT "WorkAuthorizationConsultant_workAuthorizationId_fkey" FOREIGN KEY ("workAuthorizationId") REFERENCES "WorkAuthorization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkAuthorizationConsultant" ADD CONSTRAINT "WorkAuthorizationConsultant_consultantId_fkey" FOREIGN KEY ("consultantId") REFERENCES "Consultant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_workAuthorizationId_fkey" FOREIGN KEY ("workAuthorizationId") REFERENCES "WorkAuthorization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_consultantId_fkey" FOREIGN KEY ("consultantId") REFERENCES "Consultant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_sowId_fkey" FOREIGN KEY ("sowId") REFERENCES "PrimeSow"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_workAuthorizationId_fkey" FOREIGN KEY ("workAuthorizationId") REFERENCES "WorkAuthorization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Expense" ADD CONSTRAINT "Expense_receiptFileId_fkey" FOREIGN KEY ("receiptFileId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamOpsAssessmentScore" ADD CONSTRAINT "TeamOpsAssessmentScore_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "TeamOpsAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TeamOpsMatchingPreference" ADD CONSTRAINT "TeamOpsMatchingPreference_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseStudy" ADD CONSTRAINT "CaseStudy_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "TeamOpsAssessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralFee" ADD CONSTRAINT "ReferralFee_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StoredFile" ADD CONSTRAINT "StoredFile_ownerPartnerId_fkey" FOREIGN KEY ("ownerPartnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;
