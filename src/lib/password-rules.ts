// The password rule the server enforces and the form states beside the field.
export const MIN_PASSWORD_LENGTH = 10;
