/** MinHash signatures are stored as little-endian uint32 arrays. */
export function signatureToBlob(signature: readonly number[]): Buffer | null {
  if (signature.length === 0) return null;
  const buffer = Buffer.alloc(signature.length * 4);
  signature.forEach((value, index) => buffer.writeUInt32LE(value >>> 0, index * 4));
  return buffer;
}

export function blobToSignature(blob: Buffer | null): number[] {
  if (!blob) return [];
  const values: number[] = [];
  for (let offset = 0; offset + 4 <= blob.length; offset += 4) values.push(blob.readUInt32LE(offset));
  return values;
}
