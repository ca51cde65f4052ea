import { writeFileSync } from 'node:fs';
import { OPENAPI_PATH, openApiFileContent } from '../src/server/openapi-file.ts';

writeFileSync(OPENAPI_PATH, openApiFileContent());
console.log(`wrote ${OPENAPI_PATH}`);
