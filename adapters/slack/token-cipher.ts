// Encrypts Slack tokens at rest with AES-256-GCM. The key is derived (SHA-256) from
// CURBSIDE_ENCRYPTION_KEY, so any 32+ character secret works; every value gets its own
// random IV, and the GCM tag makes tampering fail loudly instead of yielding garbage.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

const VERSION = "v1";

/** Encrypts and decrypts short secrets (bot tokens). */
export interface TokenCipher {
  /** Returns "v1:<iv>:<tag>:<ciphertext>" (base64 parts). */
  encrypt(plain: string): string;
  /** Reverses `encrypt`; throws when the value was altered or the key is wrong. */
  decrypt(sealed: string): string;
}

/** A cipher keyed by `secret` (CURBSIDE_ENCRYPTION_KEY). */
export function createTokenCipher(secret: string): TokenCipher {
  if (secret.length < 32) throw new Error("CURBSIDE_ENCRYPTION_KEY must be at least 32 characters");
  const key = createHash("sha256").update(secret, "utf8").digest();
  return {
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return [VERSION, iv.toString("base64"), cipher.getAuthTag().toString("base64"), data.toString("base64")].join(":");
    },
    decrypt(sealed) {
      const [version, iv, tag, data] = sealed.split(":");
      if (version !== VERSION || !iv || !tag || data === undefined) throw new Error("Unrecognised encrypted token format");
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"));
      decipher.setAuthTag(Buffer.from(tag, "base64"));
      return Buffer.concat([decipher.update(Buffer.from(data, "base64")), decipher.final()]).toString("utf8");
    },
  };
}
