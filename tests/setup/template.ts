export const TEMPLATE_DATABASE = "portal_test_template";
