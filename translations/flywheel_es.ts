<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>Training the demo model</source>
        <translation>Entrenando el modelo de demostración</translation>
    </message>
    <message>
        <source>Deploying it to the local node</source>
        <translation>Desplegándolo en el nodo local</translation>
    </message>
    <message>
        <source>Answering paid questions</source>
        <translation>Respondiendo preguntas pagadas</translation>
    </message>
    <message>
        <source>A demo record has no question.</source>
        <translation>Un registro de demostración no tiene pregunta.</translation>
    </message>
</context>
<context>
    <name>fw</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>Cannot flush</source>
        <translation>No se puede volcar a disco</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>No se puede crear</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>No se puede escribir</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>No se puede reemplazar</translation>
    </message>
</context>
<context>
    <name>fw::ModelFiles</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>A file has an unsafe name: %1</source>
        <translation>Un archivo tiene un nombre inseguro: %1</translation>
    </message>
</context>
<context>
    <name>fw::attribution</name>
    <message>
        <source>The datanet &quot;%1&quot; (uid %2) the model was trained on is not in this workspace.</source>
        <translation>El datanet «%1» (uid %2) con el que se entrenó el modelo no está en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no datanet version in its lineage (an imported model&apos;s training data is not in this workspace), so its answers cannot be attributed.</source>
        <translation>«%1» no nombra ninguna versión de datanet en su linaje (los datos de entrenamiento de un modelo importado no están en este espacio de trabajo), así que sus respuestas no se pueden atribuir.</translation>
    </message>
    <message>
        <source>The lineage of &quot;%1&quot; names a datanet version without its uid or root.</source>
        <translation>El linaje de «%1» nombra una versión de datanet sin su uid ni su raíz.</translation>
    </message>
    <message>
        <source>Neither &quot;%1&quot; nor its base models hold a tokenizer.</source>
        <translation>Ni «%1» ni sus modelos base tienen un tokenizador.</translation>
    </message>
    <message>
        <source>The attribution index of &quot;%1&quot;</source>
        <translation>El índice de atribución de «%1»</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>%1 holds %2 record(s) that are not in the versions it names.</source>
        <translation>%1 contiene %2 registro(s) que no están en las versiones que nombra.</translation>
    </message>
    <message>
        <source>The gradient store of &quot;%1&quot; is damaged: %2</source>
        <translation>El almacén de gradientes de «%1» está dañado: %2</translation>
    </message>
    <message>
        <source>The gradient store of &quot;%1&quot;</source>
        <translation>El almacén de gradientes de «%1»</translation>
    </message>
    <message>
        <source>%1 holds a gradient that is not a finite number.</source>
        <translation>%1 contiene un gradiente que no es un número finito.</translation>
    </message>
</context>
<context>
    <name>fw::attribution::AttributionBundle</name>
    <message>
        <source>The attribution bundle is damaged: %1.</source>
        <translation>El paquete de atribución está dañado: %1.</translation>
    </message>
    <message>
        <source>it does not start with FWAB</source>
        <translation>no empieza por FWAB</translation>
    </message>
    <message>
        <source>format version 0</source>
        <translation>versión de formato 0</translation>
    </message>
    <message>
        <source>This attribution bundle has format %1; this build reads up to %2.</source>
        <translation>Este paquete de atribución tiene el formato %1; esta versión del programa lee hasta el %2.</translation>
    </message>
    <message>
        <source>the lineage</source>
        <translation>el linaje</translation>
    </message>
    <message>
        <source>the records</source>
        <translation>los registros</translation>
    </message>
    <message>
        <source>the span index</source>
        <translation>el índice de fragmentos</translation>
    </message>
    <message>
        <source>%1 is cut short</source>
        <translation>%1 está cortado</translation>
    </message>
    <message>
        <source>%1 is longer than the file</source>
        <translation>%1 es más largo que el archivo</translation>
    </message>
    <message>
        <source>%1 bytes follow the last part</source>
        <translation>siguen %1 bytes tras la última parte</translation>
    </message>
    <message>
        <source>the lineage is not a JSON object</source>
        <translation>el linaje no es un objeto JSON</translation>
    </message>
    <message>
        <source>it lists %1 records but its span index holds %2</source>
        <translation>enumera %1 registros, pero su índice de fragmentos tiene %2</translation>
    </message>
</context>
<context>
    <name>fw::attribution::AttributionIndex</name>
    <message>
        <source>Attribution index lineage: unknown &quot;version&quot; %1.</source>
        <translation>Linaje del índice de atribución: «version» %1 desconocida.</translation>
    </message>
    <message>
        <source>Attribution index records: not JSON (%1 at byte %2).</source>
        <translation>Registros del índice de atribución: no es JSON (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>Attribution index records: unknown &quot;version&quot;.</source>
        <translation>Registros del índice de atribución: «version» desconocida.</translation>
    </message>
    <message>
        <source>Attribution index records: entry %1 is not [source, 64 hex digits, address].</source>
        <translation>Registros del índice de atribución: la entrada %1 no es [origen, 64 dígitos hexadecimales, dirección].</translation>
    </message>
</context>
<context>
    <name>fw::attribution::AttributionService</name>
    <message>
        <source>The minimum span and the maximum count must be at least 1, the span limit at least 0.</source>
        <translation>El fragmento mínimo y el número máximo deben ser al menos 1, y el límite de fragmentos al menos 0.</translation>
    </message>
    <message>
        <source>Gradient attribution covers LoRA adapters; use spans (&quot;%1&quot; is a whole model).</source>
        <translation>La atribución por gradientes cubre adaptadores LoRA; use fragmentos («%1» es un modelo completo).</translation>
    </message>
    <message>
        <source>Gradient attribution lists at least 1 line and at least 0 negative ones.</source>
        <translation>La atribución por gradientes muestra al menos 1 línea y al menos 0 negativas.</translation>
    </message>
</context>
<context>
    <name>fw::attribution::BuildProgress</name>
    <message>
        <source>Preparing attribution was stopped.</source>
        <translation>La preparación de la atribución se detuvo.</translation>
    </message>
</context>
<context>
    <name>fw::attribution::GradientLineage</name>
    <message>
        <source>Gradient attribution covers LoRA adapters; use spans (&quot;%1&quot; is a whole model).</source>
        <translation>La atribución por gradientes cubre adaptadores LoRA; use fragmentos («%1» es un modelo completo).</translation>
    </message>
    <message>
        <source>Gradient store lineage: projection_seed or projection_dim is missing or invalid.</source>
        <translation>Linaje del almacén de gradientes: falta projection_seed o projection_dim, o no es válido.</translation>
    </message>
    <message>
        <source>Gradient store lineage: checkpoint %1 has no valid step or adapter_hash.</source>
        <translation>Linaje del almacén de gradientes: el punto de control %1 no tiene un step o adapter_hash válido.</translation>
    </message>
    <message>
        <source>Gradient store lineage: no checkpoints.</source>
        <translation>Linaje del almacén de gradientes: no hay puntos de control.</translation>
    </message>
</context>
<context>
    <name>fw::attribution::GradientStore</name>
    <message>
        <source>The gradient store of model %1 holds %2 bytes of gradients; %3 records of %4 checkpoints x %5 values need %6.</source>
        <translation>El almacén de gradientes del modelo %1 contiene %2 bytes de gradientes; %3 registros de %4 puntos de control x %5 valores necesitan %6.</translation>
    </message>
</context>
<context>
    <name>fw::attribution::IndexStore</name>
    <message>
        <source>The attribution index of model %1 lists %2 records but indexes %3.</source>
        <translation>El índice de atribución del modelo %1 enumera %2 registros, pero indexa %3.</translation>
    </message>
</context>
<context>
    <name>fw::attribution::SpanIndex</name>
    <message>
        <source>a document was added before any record was begun</source>
        <translation>se añadió un documento antes de empezar ningún registro</translation>
    </message>
    <message>
        <source>token id %1 is negative</source>
        <translation>el id de token %1 es negativo</translation>
    </message>
    <message>
        <source>the records hold 2^31 tokens or more</source>
        <translation>los registros suman 2^31 tokens o más</translation>
    </message>
    <message>
        <source>Cannot build the span index: %1.</source>
        <translation>No se puede construir el índice de fragmentos: %1.</translation>
    </message>
    <message>
        <source>Attribution index damaged: %1 at byte %2 %3.</source>
        <translation>Índice de atribución dañado: %1 en el byte %2 %3.</translation>
    </message>
    <message>
        <source>the header</source>
        <translation>la cabecera</translation>
    </message>
    <message>
        <source>is cut short (%1 bytes)</source>
        <translation>está cortada (%1 bytes)</translation>
    </message>
    <message>
        <source>the magic</source>
        <translation>el número mágico</translation>
    </message>
    <message>
        <source>is not FWSPANIX</source>
        <translation>no es FWSPANIX</translation>
    </message>
    <message>
        <source>This attribution index has format %1; this build reads up to %2.</source>
        <translation>Este índice de atribución tiene el formato %1; esta versión del programa lee hasta el %2.</translation>
    </message>
    <message>
        <source>the format version</source>
        <translation>la versión de formato</translation>
    </message>
    <message>
        <source>is 0</source>
        <translation>es 0</translation>
    </message>
    <message>
        <source>the token width</source>
        <translation>el ancho de token</translation>
    </message>
    <message>
        <source>is %1; expected 2 or 4</source>
        <translation>es %1; se esperaba 2 o 4</translation>
    </message>
    <message>
        <source>the pointer width</source>
        <translation>el ancho de puntero</translation>
    </message>
    <message>
        <source>is %1; expected 3 or 4</source>
        <translation>es %1; se esperaba 3 o 4</translation>
    </message>
    <message>
        <source>the sentinel</source>
        <translation>el centinela</translation>
    </message>
    <message>
        <source>is %1, which does not fit the token width</source>
        <translation>es %1, que no cabe en el ancho de token</translation>
    </message>
    <message>
        <source>the text size</source>
        <translation>el tamaño del texto</translation>
    </message>
    <message>
        <source>is %1, which does not fit the pointer width</source>
        <translation>es %1, que no cabe en el ancho de puntero</translation>
    </message>
    <message>
        <source>the record count</source>
        <translation>el número de registros</translation>
    </message>
    <message>
        <source>is %1, more than the %2 tokens</source>
        <translation>es %1, más que los %2 tokens</translation>
    </message>
    <message>
        <source>the length</source>
        <translation>la longitud</translation>
    </message>
    <message>
        <source>does not match the header (%1 bytes expected)</source>
        <translation>no coincide con la cabecera (se esperaban %1 bytes)</translation>
    </message>
    <message>
        <source>the checksum</source>
        <translation>la suma de comprobación</translation>
    </message>
    <message>
        <source>does not match the contents</source>
        <translation>no coincide con el contenido</translation>
    </message>
    <message>
        <source>record offset %1</source>
        <translation>el desplazamiento de registro %1</translation>
    </message>
    <message>
        <source>is out of order or range</source>
        <translation>está desordenado o fuera de rango</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>el token %1</translation>
    </message>
    <message>
        <source>is %1, above the sentinel</source>
        <translation>es %1, por encima del centinela</translation>
    </message>
    <message>
        <source>the last token</source>
        <translation>el último token</translation>
    </message>
    <message>
        <source>is not the sentinel</source>
        <translation>no es el centinela</translation>
    </message>
    <message>
        <source>suffix %1</source>
        <translation>el sufijo %1</translation>
    </message>
    <message>
        <source>is out of range or repeated</source>
        <translation>está fuera de rango o repetido</translation>
    </message>
</context>
<context>
    <name>fw::attribution::VersionRecords</name>
    <message>
        <source>%1 names the datanet &quot;%2&quot;, which is not in this workspace.</source>
        <translation>%1 nombra el datanet «%2», que no está en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 names version %2 of &quot;%3&quot;, which cannot be read: %4</source>
        <translation>%1 nombra la versión %2 de «%3», que no se puede leer: %4</translation>
    </message>
</context>
<context>
    <name>fw::crypto</name>
    <message>
        <source>Invalid address: %1</source>
        <translation>Dirección no válida: %1</translation>
    </message>
    <message>
        <source>it must start with fw1.</source>
        <translation>debe empezar por fw1.</translation>
    </message>
    <message>
        <source>wrong length.</source>
        <translation>longitud incorrecta.</translation>
    </message>
    <message>
        <source>it contains a character that is not allowed.</source>
        <translation>contiene un carácter no permitido.</translation>
    </message>
    <message>
        <source>the checksum does not match (a typo?).</source>
        <translation>la suma de comprobación no coincide (¿una errata?).</translation>
    </message>
    <message>
        <source>A public key has 32 bytes.</source>
        <translation>Una clave pública tiene 32 bytes.</translation>
    </message>
    <message>
        <source>Unknown key derivation algorithm.</source>
        <translation>Algoritmo de derivación de clave desconocido.</translation>
    </message>
    <message>
        <source>Key derivation settings are invalid.</source>
        <translation>Los ajustes de derivación de clave no son válidos.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key (%1 MiB).</source>
        <translation>No hay memoria suficiente para derivar la clave (%1 MiB).</translation>
    </message>
    <message>
        <source>A recovery phrase has 12 to 24 words; got %1.</source>
        <translation>Una frase de recuperación tiene de 12 a 24 palabras; se recibieron %1.</translation>
    </message>
    <message>
        <source>Word %1 (&quot;%2&quot;) is not in the word list.</source>
        <translation>La palabra %1 («%2») no está en la lista de palabras.</translation>
    </message>
    <message>
        <source>The recovery phrase&apos;s checksum does not match; check the words and their order.</source>
        <translation>La suma de comprobación de la frase de recuperación no coincide; revise las palabras y su orden.</translation>
    </message>
</context>
<context>
    <name>fw::datanet</name>
    <message>
        <source>&quot;%1&quot; is not a valid address</source>
        <translation>«%1» no es una dirección válida</translation>
    </message>
    <message>
        <source>The signing key does not belong to %1.</source>
        <translation>La clave de firma no pertenece a %1.</translation>
    </message>
    <message>
        <source>A datanet needs a name.</source>
        <translation>Un datanet necesita un nombre.</translation>
    </message>
    <message>
        <source>A datanet name has at most 100 characters.</source>
        <translation>El nombre de un datanet tiene como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>A datanet name cannot hold control characters.</source>
        <translation>El nombre de un datanet no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>Minimum counts cannot be negative.</source>
        <translation>Los recuentos mínimos no pueden ser negativos.</translation>
    </message>
    <message>
        <source>Rates are between 0 and 1.</source>
        <translation>Las proporciones están entre 0 y 1.</translation>
    </message>
    <message>
        <source>unexpected field &quot;%1&quot;</source>
        <translation>campo inesperado «%1»</translation>
    </message>
    <message>
        <source>field &quot;conversations&quot; must be an array</source>
        <translation>el campo «conversations» debe ser una lista</translation>
    </message>
    <message>
        <source>turn %1: unknown speaker &quot;%2&quot;</source>
        <translation>turno %1: interlocutor desconocido «%2»</translation>
    </message>
    <message>
        <source>%1 records cannot be exported as %2</source>
        <translation>los registros %1 no se pueden exportar como %2</translation>
    </message>
    <message>
        <source>the %1 format holds %2 records, but this datanet takes %3 records</source>
        <translation>el formato %1 contiene registros %2, pero este datanet admite registros %3</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1 from its first line; choose one (alpaca, sharegpt, openai, preference, text-jsonl, csv, text).</source>
        <translation>No se puede deducir el formato de %1 por su primera línea; elija uno (alpaca, sharegpt, openai, preference, text-jsonl, csv, text).</translation>
    </message>
    <message>
        <source>Not a valid inclusion proof: %1</source>
        <translation>No es una prueba de inclusión válida: %1</translation>
    </message>
    <message>
        <source>%1 must be %2 lower-case hex digits</source>
        <translation>%1 debe tener %2 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>falta el campo «%1»</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>el campo «%1» debe ser una cadena</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation>el campo «%1» está vacío</translation>
    </message>
    <message>
        <source>field &quot;messages&quot; must be a non-empty array</source>
        <translation>el campo «messages» debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>message %1 is not an object</source>
        <translation>el mensaje %1 no es un objeto</translation>
    </message>
    <message>
        <source>message %1: %2</source>
        <translation>mensaje %1: %2</translation>
    </message>
    <message>
        <source>message %1: unknown role &quot;%2&quot;</source>
        <translation>mensaje %1: rol desconocido «%2»</translation>
    </message>
    <message>
        <source>a conversation needs at least one user and one assistant message</source>
        <translation>una conversación necesita al menos un mensaje del usuario y uno del asistente</translation>
    </message>
    <message>
        <source>&quot;chosen&quot; and &quot;rejected&quot; are the same answer</source>
        <translation>«chosen» y «rejected» son la misma respuesta</translation>
    </message>
    <message>
        <source>unknown record kind</source>
        <translation>tipo de registro desconocido</translation>
    </message>
    <message>
        <source>Generated from facts tables for the demo.</source>
        <translation>Generado a partir de tablas de datos para la demostración.</translation>
    </message>
    <message>
        <source>Phrasing too close to another record</source>
        <translation>Redacción demasiado parecida a otro registro</translation>
    </message>
    <message>
        <source>it has no header row</source>
        <translation>no tiene fila de cabecera</translation>
    </message>
    <message>
        <source>it lists %1 records but says it has %2</source>
        <translation>enumera %1 registros, pero dice tener %2</translation>
    </message>
    <message>
        <source>%1 of its records no longer match their hashes</source>
        <translation>%1 de sus registros ya no coinciden con sus hashes</translation>
    </message>
    <message>
        <source>its id does not match its records</source>
        <translation>su id no coincide con sus registros</translation>
    </message>
    <message>
        <source>its signed statement does not verify: %1</source>
        <translation>su declaración firmada no se verifica: %1</translation>
    </message>
    <message>
        <source>Version %1 is not whole: %2</source>
        <translation>La versión %1 no está íntegra: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 0 to 2^53</source>
        <translation>«%1» debe ser un número entero de 0 a 2^53</translation>
    </message>
</context>
<context>
    <name>fw::datanet::ContributionBundle</name>
    <message>
        <source>The bundle is refused whole: line %1: %2</source>
        <translation>El paquete se rechaza entero: línea %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2 lower-case hex digits</source>
        <translation>«%1» debe tener %2 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>not a Flywheel contribution bundle</source>
        <translation>no es un paquete de contribuciones de Flywheel</translation>
    </message>
    <message>
        <source>Unsupported contribution bundle version.</source>
        <translation>Versión de paquete de contribuciones no admitida.</translation>
    </message>
    <message>
        <source>the header needs a record &quot;kind&quot; and a &quot;records&quot; count</source>
        <translation>la cabecera necesita un «kind» de registro y un recuento «records»</translation>
    </message>
    <message>
        <source>expected exactly &quot;record&quot;, &quot;contributor&quot;, &quot;publicKey&quot; and &quot;signature&quot;</source>
        <translation>se esperaban exactamente «record», «contributor», «publicKey» y «signature»</translation>
    </message>
    <message>
        <source>the contributor address does not match the public key</source>
        <translation>la dirección del contribuidor no coincide con la clave pública</translation>
    </message>
    <message>
        <source>the signature does not match the record: it was altered or forged</source>
        <translation>la firma no coincide con el registro: se alteró o se falsificó</translation>
    </message>
    <message>
        <source>the header must be the first line</source>
        <translation>la cabecera debe ser la primera línea</translation>
    </message>
    <message>
        <source>The bundle is empty.</source>
        <translation>El paquete está vacío.</translation>
    </message>
    <message>
        <source>The bundle is refused whole: its header announces %1 records, it holds %2 (a line was added or removed).</source>
        <translation>El paquete se rechaza entero: su cabecera anuncia %1 registros y contiene %2 (se añadió o se quitó una línea).</translation>
    </message>
</context>
<context>
    <name>fw::datanet::CsvReader</name>
    <message>
        <source>the CSV file is empty</source>
        <translation>el archivo CSV está vacío</translation>
    </message>
    <message>
        <source>CSV header, line %1: %2</source>
        <translation>cabecera CSV, línea %1: %2</translation>
    </message>
    <message>
        <source>the CSV header has no column &quot;%1&quot; (mapped to %2)</source>
        <translation>la cabecera CSV no tiene la columna «%1» (asignada a %2)</translation>
    </message>
    <message>
        <source>no CSV column maps to a field of %1 records (%2)</source>
        <translation>ninguna columna CSV corresponde a un campo de los registros %1 (%2)</translation>
    </message>
    <message>
        <source>expected %1 columns, found %2</source>
        <translation>se esperaban %1 columnas, se encontraron %2</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
    <message>
        <source>stray quote in column %1</source>
        <translation>comilla suelta en la columna %1</translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB</source>
        <translation>la línea ocupa más de %1 MiB</translation>
    </message>
    <message>
        <source>the quoted field opened on line %1 is never closed</source>
        <translation>el campo entre comillas abierto en la línea %1 no se cierra nunca</translation>
    </message>
    <message>
        <source>the quoted field opened on line %1 grows past %2 MiB by line %3; is its closing quote missing?</source>
        <translation>el campo entre comillas abierto en la línea %1 supera los %2 MiB en la línea %3; ¿falta la comilla de cierre?</translation>
    </message>
</context>
<context>
    <name>fw::datanet::DatanetImporter</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>; and %1 more</source>
        <translation>; y %1 más</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>La importación se canceló; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 has %2 malformed record(s); nothing was imported: %3</source>
        <translation>%1 tiene %2 registro(s) mal formado(s); no se importó nada: %3</translation>
    </message>
    <message>
        <source>The bundle holds %1 records; datanet %2 takes %3 records.</source>
        <translation>El paquete contiene registros de tipo %1; el datanet %2 admite registros de tipo %3.</translation>
    </message>
    <message>
        <source>%1, line %2: %3; nothing was imported</source>
        <translation>%1, línea %2: %3; no se importó nada</translation>
    </message>
</context>
<context>
    <name>fw::datanet::DatanetService</name>
    <message>
        <source>A datanet named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un datanet llamado «%1».</translation>
    </message>
    <message>
        <source>No datanet with id %1.</source>
        <translation>No hay ningún datanet con id %1.</translation>
    </message>
    <message>
        <source>No datanet named &quot;%1&quot;.</source>
        <translation>No hay ningún datanet llamado «%1».</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>añadido a mano</translation>
    </message>
    <message>
        <source>This datanet already holds the same record.</source>
        <translation>Este datanet ya contiene el mismo registro.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record hash (8 to 64 hex digits).</source>
        <translation>«%1» no es un hash de registro (de 8 a 64 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>No record with hash %1 in this datanet.</source>
        <translation>No hay ningún registro con hash %1 en este datanet.</translation>
    </message>
    <message>
        <source>Hash prefix %1 matches several records; give more digits.</source>
        <translation>El prefijo de hash %1 coincide con varios registros; indique más dígitos.</translation>
    </message>
    <message>
        <source>Rejecting a record needs a reason.</source>
        <translation>Rechazar un registro requiere un motivo.</translation>
    </message>
    <message>
        <source>There is no review action to undo.</source>
        <translation>No hay ninguna acción de revisión que deshacer.</translation>
    </message>
    <message>
        <source>At least %1 approved records</source>
        <translation>Al menos %1 registros aprobados</translation>
    </message>
    <message>
        <source>At least %1 distinct contributors</source>
        <translation>Al menos %1 colaboradores distintos</translation>
    </message>
    <message>
        <source>At least %1 tokens (estimated)</source>
        <translation>Al menos %1 tokens (estimados)</translation>
    </message>
    <message>
        <source>At most %1% duplicates</source>
        <translation>Como máximo un %1% de duplicados</translation>
    </message>
    <message>
        <source>At least %1% of reviewed records approved</source>
        <translation>Al menos un %1% de los registros revisados aprobados</translation>
    </message>
    <message>
        <source>No contribution with id %1.</source>
        <translation>No hay ninguna aportación con id %1.</translation>
    </message>
    <message>
        <source>Contribution %1 by %2 does not verify: %3</source>
        <translation>La aportación %1 de %2 no se verifica: %3</translation>
    </message>
    <message>
        <source>a record&apos;s content does not match its hash</source>
        <translation>el contenido de un registro no coincide con su hash</translation>
    </message>
    <message>
        <source>its records do not match the signed Merkle root</source>
        <translation>sus registros no coinciden con la raíz de Merkle firmada</translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation>la firma no es válida</translation>
    </message>
</context>
<context>
    <name>fw::datanet::InclusionProof</name>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>Unsupported inclusion proof version.</source>
        <translation>Versión de prueba de inclusión no admitida.</translation>
    </message>
    <message>
        <source>wrong &quot;type&quot;</source>
        <translation>«type» incorrecto</translation>
    </message>
    <message>
        <source>unexpected or missing fields</source>
        <translation>campos inesperados o ausentes</translation>
    </message>
    <message>
        <source>&quot;path&quot; must be an array</source>
        <translation>«path» debe ser una lista</translation>
    </message>
    <message>
        <source>the JSON is not in canonical form</source>
        <translation>el JSON no está en forma canónica</translation>
    </message>
    <message>
        <source>the path does not fit the index and tree size</source>
        <translation>la ruta no encaja con el índice y el tamaño del árbol</translation>
    </message>
    <message>
        <source>The proof does not lead to datanet version %1.</source>
        <translation>La prueba no conduce a la versión %1 del datanet.</translation>
    </message>
    <message>
        <source>The proof is for version %1 of datanet %2, not for the trusted version %3 of datanet %4.</source>
        <translation>La prueba es de la versión %1 del datanet %2, no de la versión de confianza %3 del datanet %4.</translation>
    </message>
</context>
<context>
    <name>fw::datanet::JsonlReader</name>
    <message>
        <source>invalid JSON at column %1: %2</source>
        <translation>JSON no válido en la columna %1: %2</translation>
    </message>
    <message>
        <source>a line must hold one JSON object</source>
        <translation>cada línea debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>the line is longer than %1 MiB</source>
        <translation>la línea ocupa más de %1 MiB</translation>
    </message>
</context>
<context>
    <name>fw::datanet::PlainTextReader</name>
    <message>
        <source>not valid UTF-8</source>
        <translation>no es UTF-8 válido</translation>
    </message>
    <message>
        <source>plain text files make text records, but this datanet takes %1 records</source>
        <translation>los archivos de texto plano producen registros de texto, pero este datanet admite registros %1</translation>
    </message>
    <message>
        <source>the paragraph is longer than %1 MiB</source>
        <translation>el párrafo ocupa más de %1 MiB</translation>
    </message>
</context>
<context>
    <name>fw::datanet::RecordContent</name>
    <message>
        <source>stored record is not a JSON object</source>
        <translation>el registro almacenado no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>fw::datanet::VersionService</name>
    <message>
        <source>Nothing to freeze: no record is approved yet.</source>
        <translation>Nada que congelar: todavía no hay ningún registro aprobado.</translation>
    </message>
    <message>
        <source>This datanet has no frozen version yet.</source>
        <translation>Este datanet todavía no tiene ninguna versión congelada.</translation>
    </message>
    <message>
        <source>Give &quot;latest&quot; or at least 8 hex digits of a version id.</source>
        <translation>Indique «latest» o al menos 8 dígitos hexadecimales de un id de versión.</translation>
    </message>
    <message>
        <source>No version %1 in this datanet.</source>
        <translation>No existe la versión %1 en este datanet.</translation>
    </message>
    <message>
        <source>Version prefix %1 is ambiguous.</source>
        <translation>El prefijo de versión %1 es ambiguo.</translation>
    </message>
    <message>
        <source>Record %1 is not in version %2.</source>
        <translation>El registro %1 no está en la versión %2.</translation>
    </message>
    <message>
        <source>Versions export to JSONL formats only.</source>
        <translation>Las versiones solo se exportan a formatos JSONL.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The proof names datanet %1, which this workspace does not hold.</source>
        <translation>La prueba nombra el datanet %1, que este espacio de trabajo no contiene.</translation>
    </message>
    <message>
        <source>Cannot sign the record of %1: %2</source>
        <translation>No se puede firmar el registro de %1: %2</translation>
    </message>
</context>
<context>
    <name>fw::datanet::VersionStatement</name>
    <message>
        <source>Not a valid version statement: %1</source>
        <translation>No es una declaración de versión válida: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2 lower-case hex digits</source>
        <translation>«%1» debe tener %2 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>the curator address is not valid: %1</source>
        <translation>la dirección del curador no es válida: %1</translation>
    </message>
    <message>
        <source>The version statement&apos;s signature by %1 is not valid: the statement was altered or not signed by that curator.</source>
        <translation>La firma de %1 en la declaración de versión no es válida: la declaración se alteró o no la firmó ese curador.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>Unsupported version statement version.</source>
        <translation>Versión de declaración de versión no admitida.</translation>
    </message>
    <message>
        <source>wrong &quot;type&quot;</source>
        <translation>«type» incorrecto</translation>
    </message>
    <message>
        <source>unexpected or missing fields</source>
        <translation>campos inesperados o ausentes</translation>
    </message>
    <message>
        <source>&quot;recordCount&quot; and &quot;frozenAt&quot; must be numbers, &quot;curator&quot; an address</source>
        <translation>«recordCount» y «frozenAt» deben ser números, y «curator» una dirección</translation>
    </message>
    <message>
        <source>the JSON is not in canonical form</source>
        <translation>el JSON no está en forma canónica</translation>
    </message>
    <message>
        <source>This version has no signed statement: it was frozen before versions were signed. Freeze the datanet again to sign it.</source>
        <translation>Esta versión no tiene declaración firmada: se congeló antes de que las versiones se firmaran. Vuelva a congelar el datanet para firmarla.</translation>
    </message>
</context>
<context>
    <name>fw::feedback</name>
    <message>
        <source>Answer generation stopped.</source>
        <translation>Se detuvo la generación de respuestas.</translation>
    </message>
    <message>
        <source>%1 on item %2: %3</source>
        <translation>%1 en el elemento %2: %3</translation>
    </message>
</context>
<context>
    <name>fw::feedback::AbCampaign</name>
    <message>
        <source>No preference datanet to receive the labels: create one on the Datanets page first.</source>
        <translation>No hay ningún datanet de preferencias que reciba las etiquetas: cree uno primero en la página Datanets.</translation>
    </message>
    <message>
        <source>An A/B campaign compares two different models.</source>
        <translation>Una campaña A/B compara dos modelos distintos.</translation>
    </message>
    <message>
        <source>A/B: %1 vs %2</source>
        <translation>A/B: %1 frente a %2</translation>
    </message>
</context>
<context>
    <name>fw::feedback::CampaignPrompts</name>
    <message>
        <source>Unknown prompt source &quot;%1&quot;.</source>
        <translation>Origen de indicaciones desconocido: «%1».</translation>
    </message>
    <message>
        <source>The prompt source gives no prompts.</source>
        <translation>El origen de indicaciones no da ninguna indicación.</translation>
    </message>
</context>
<context>
    <name>fw::feedback::CampaignStore</name>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Una campaña necesita un nombre.</translation>
    </message>
    <message>
        <source>A %1 campaign needs %2 to %3 models.</source>
        <translation>Una campaña de tipo %1 necesita de %2 a %3 modelos.</translation>
    </message>
    <message>
        <source>A pairwise campaign compares exactly two models.</source>
        <translation>Una campaña por pares compara exactamente dos modelos.</translation>
    </message>
    <message>
        <source>A model is listed twice.</source>
        <translation>Un modelo aparece dos veces.</translation>
    </message>
    <message>
        <source>Each item needs at least one label.</source>
        <translation>Cada elemento necesita al menos una etiqueta.</translation>
    </message>
    <message>
        <source>A campaign needs at least one prompt.</source>
        <translation>Una campaña necesita al menos una indicación.</translation>
    </message>
    <message>
        <source>Prompt %1 is empty.</source>
        <translation>La indicación %1 está vacía.</translation>
    </message>
    <message>
        <source>Labels go into a preference datanet; &quot;%1&quot; holds %2 records.</source>
        <translation>Las etiquetas van a un datanet de preferencias; «%1» contiene registros de tipo %2.</translation>
    </message>
    <message>
        <source>A campaign named &quot;%1&quot; exists already.</source>
        <translation>Ya existe una campaña llamada «%1».</translation>
    </message>
    <message>
        <source>No feedback campaign %1.</source>
        <translation>No hay ninguna campaña de valoraciones %1.</translation>
    </message>
</context>
<context>
    <name>fw::feedback::Label</name>
    <message>
        <source>field &quot;%1&quot; must be an array of numbers</source>
        <translation>el campo «%1» debe ser una lista de números</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must hold whole numbers</source>
        <translation>el campo «%1» debe contener números enteros</translation>
    </message>
    <message>
        <source>a pairwise label needs exactly two answers</source>
        <translation>una etiqueta por pares necesita exactamente dos respuestas</translation>
    </message>
    <message>
        <source>field &quot;ratings&quot; needs one rating per answer</source>
        <translation>el campo «ratings» necesita una puntuación por respuesta</translation>
    </message>
    <message>
        <source>field &quot;ratings&quot;: %1 is not a rating from 1 to 5</source>
        <translation>campo «ratings»: %1 no es una puntuación de 1 a 5</translation>
    </message>
    <message>
        <source>field &quot;flags&quot; needs one entry per answer</source>
        <translation>el campo «flags» necesita una entrada por respuesta</translation>
    </message>
    <message>
        <source>field &quot;rewrite&quot; is empty</source>
        <translation>el campo «rewrite» está vacío</translation>
    </message>
    <message>
        <source>field &quot;rewrite&quot; does not change the answer</source>
        <translation>el campo «rewrite» no cambia la respuesta</translation>
    </message>
    <message>
        <source>field &quot;ranking&quot; must order every answer exactly once</source>
        <translation>el campo «ranking» debe ordenar cada respuesta exactamente una vez</translation>
    </message>
    <message>
        <source>field &quot;item&quot; is empty</source>
        <translation>el campo «item» está vacío</translation>
    </message>
    <message>
        <source>field &quot;prompt&quot; is empty</source>
        <translation>el campo «prompt» está vacío</translation>
    </message>
    <message>
        <source>a label needs one to %1 answers</source>
        <translation>una etiqueta necesita de una a %1 respuestas</translation>
    </message>
    <message>
        <source>an answer is empty</source>
        <translation>una respuesta está vacía</translation>
    </message>
    <message>
        <source>field &quot;shown&quot; must show every answer exactly once</source>
        <translation>el campo «shown» debe mostrar cada respuesta exactamente una vez</translation>
    </message>
    <message>
        <source>unknown mode &quot;%1&quot;</source>
        <translation>modo desconocido «%1»</translation>
    </message>
    <message>
        <source>unknown choice &quot;%1&quot;</source>
        <translation>elección desconocida «%1»</translation>
    </message>
</context>
<context>
    <name>fw::feedback::LabelImport</name>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>falta el campo «%1»</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>el campo «%1» debe ser una cadena</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is empty</source>
        <translation>el campo «%1» está vacío</translation>
    </message>
    <message>
        <source>field &quot;item&quot; must be a string or a whole number</source>
        <translation>el campo «item» debe ser una cadena o un número entero</translation>
    </message>
    <message>
        <source>unexpected field &quot;%1&quot;</source>
        <translation>campo inesperado «%1»</translation>
    </message>
    <message>
        <source>field &quot;choice&quot; must be a, b, tie or both_bad, not &quot;%1&quot;</source>
        <translation>el campo «choice» debe ser a, b, tie o both_bad, no «%1»</translation>
    </message>
    <message>
        <source>field &quot;rating&quot; must be a whole number from 1 to 5</source>
        <translation>el campo «rating» debe ser un número entero de 1 a 5</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>a line needs either &quot;choice&quot; or &quot;rating&quot;</source>
        <translation>una línea necesita «choice» o «rating»</translation>
    </message>
    <message>
        <source>labeler &quot;%1&quot;: %2</source>
        <translation>etiquetador «%1»: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more bad line(s)</source>
        <translation>
            <numerusform>y %n línea incorrecta más</numerusform>
            <numerusform>y %n líneas incorrectas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n malformed line(s), nothing imported: </source>
        <translation>
            <numerusform>%n línea mal formada, no se importó nada: </numerusform>
            <numerusform>%n líneas mal formadas, no se importó nada: </numerusform>
        </translation>
    </message>
    <message>
        <source>no labels in the file</source>
        <translation>no hay etiquetas en el archivo</translation>
    </message>
</context>
<context>
    <name>fw::feedback::LabelStore</name>
    <message>
        <source>A duplicate pair has no record.</source>
        <translation>Un par duplicado no tiene registro.</translation>
    </message>
    <message>
        <source>human feedback</source>
        <translation>valoraciones humanas</translation>
    </message>
    <message>
        <source>Datanet &quot;%1&quot; holds %2 records; labels go into a preference datanet.</source>
        <translation>El datanet «%1» contiene registros de tipo %2; las etiquetas van a un datanet de preferencias.</translation>
    </message>
    <message>
        <source>label %1: %2</source>
        <translation>etiqueta %1: %2</translation>
    </message>
    <message>
        <source>label %1: labeler %2: %3</source>
        <translation>etiqueta %1: etiquetador %2: %3</translation>
    </message>
    <message>
        <source>stored label %1: %2</source>
        <translation>etiqueta guardada %1: %2</translation>
    </message>
</context>
<context>
    <name>fw::feedback::LabelingSession</name>
    <message>
        <source>Nothing to undo: earlier labels are in the datanet already.</source>
        <translation>Nada que deshacer: las etiquetas anteriores ya están en el datanet.</translation>
    </message>
</context>
<context>
    <name>fw::feedback::WinRate</name>
    <message>
        <source>The reward model gave a score that is not a number; it cannot judge.</source>
        <translation>El modelo de recompensa dio una puntuación que no es un número; no puede juzgar.</translation>
    </message>
    <message>
        <source>Nothing judged yet.</source>
        <translation>Aún no se ha juzgado nada.</translation>
    </message>
    <message numerus="yes">
        <source>win rate %1% (%2 wins, %3 ties, %4 losses of %n prompt(s); mean reward margin %5)</source>
        <translation>
            <numerusform>tasa de victorias %1% (%2 victorias, %3 empates, %4 derrotas en %n prompt; margen medio de recompensa %5)</numerusform>
            <numerusform>tasa de victorias %1% (%2 victorias, %3 empates, %4 derrotas en %n prompts; margen medio de recompensa %5)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::ledger</name>
    <message>
        <source>&quot;%1&quot; is not an OPEN amount: %2</source>
        <translation>«%1» no es un importe en OPEN: %2</translation>
    </message>
    <message>
        <source>it has no digits</source>
        <translation>no tiene dígitos</translation>
    </message>
    <message>
        <source>at most 6 decimals (1 OPEN = 1,000,000 units)</source>
        <translation>como máximo 6 decimales (1 OPEN = 1.000.000 unidades)</translation>
    </message>
    <message>
        <source>digits must follow the decimal point</source>
        <translation>tras el punto decimal deben ir dígitos</translation>
    </message>
    <message>
        <source>only digits and one decimal point are allowed</source>
        <translation>solo se admiten dígitos y un punto decimal</translation>
    </message>
    <message>
        <source>more than the largest amount, %1 OPEN</source>
        <translation>más que el importe máximo, %1 OPEN</translation>
    </message>
</context>
<context>
    <name>fw::ledger::AnswerTrace</name>
    <message>
        <source>The kept answer is damaged: %1</source>
        <translation>La respuesta guardada está dañada: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>it needs &quot;answer&quot; and &quot;spans&quot;</source>
        <translation>necesita «answer» y «spans»</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>es demasiado larga</translation>
    </message>
    <message>
        <source>a span needs &quot;begin&quot;, &quot;end&quot; and &quot;records&quot;</source>
        <translation>un fragmento necesita «begin», «end» y «records»</translation>
    </message>
    <message>
        <source>a span lies outside the answer</source>
        <translation>un fragmento queda fuera de la respuesta</translation>
    </message>
    <message>
        <source>a record hash is not 64 hex digits</source>
        <translation>un hash de registro no tiene 64 dígitos hexadecimales</translation>
    </message>
</context>
<context>
    <name>fw::ledger::Balances</name>
    <message>
        <source>Journal entry %1 (%2) breaks the rules: %3</source>
        <translation>El asiento %1 del diario (%2) incumple las reglas: %3</translation>
    </message>
    <message>
        <source>the amount is out of range</source>
        <translation>el importe está fuera de rango</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address</source>
        <translation>«%1» no es una dirección</translation>
    </message>
    <message>
        <source>a channel id belongs to deposits, redemptions and refunds only</source>
        <translation>un id de canal solo corresponde a depósitos, canjes y reembolsos</translation>
    </message>
    <message>
        <source>a redemption, and only a redemption, carries a voucher</source>
        <translation>un canje, y solo un canje, lleva un vale</translation>
    </message>
    <message>
        <source>the balance would leave the amount range</source>
        <translation>el saldo saldría del rango de importes</translation>
    </message>
    <message>
        <source>the balance of %1 is below %2</source>
        <translation>el saldo de %1 es inferior a %2</translation>
    </message>
    <message>
        <source>the channel belongs to another payer or is full</source>
        <translation>el canal pertenece a otro pagador o está lleno</translation>
    </message>
    <message>
        <source>the node&apos;s balance does not cover the payout</source>
        <translation>el saldo del nodo no cubre el pago</translation>
    </message>
    <message>
        <source>no deposit into this channel</source>
        <translation>no hay ningún depósito en este canal</translation>
    </message>
    <message>
        <source>more than the channel&apos;s unused escrow of %1</source>
        <translation>más que el depósito sin usar del canal, %1</translation>
    </message>
    <message>
        <source>a refund goes to the channel&apos;s payer only</source>
        <translation>un reembolso solo va al pagador del canal</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>the voucher is not the channel&apos;s payer&apos;s promise to this node</source>
        <translation>el vale no es la promesa del pagador del canal a este nodo</translation>
    </message>
    <message>
        <source>the lane would redeem more than the voucher&apos;s %1</source>
        <translation>el carril canjearía más que los %1 del vale</translation>
    </message>
</context>
<context>
    <name>fw::ledger::ChannelBook</name>
    <message>
        <source>A channel needs a 16-byte id and a payer.</source>
        <translation>Un canal necesita un id de 16 bytes y un pagador.</translation>
    </message>
    <message>
        <source>The channel&apos;s deposit is out of range or below its lanes.</source>
        <translation>El depósito del canal está fuera de rango o por debajo de sus carriles.</translation>
    </message>
    <message>
        <source>Lane %1 is not consistent.</source>
        <translation>El carril %1 no es coherente.</translation>
    </message>
    <message>
        <source>Channel %1 is already open.</source>
        <translation>El canal %1 ya está abierto.</translation>
    </message>
    <message>
        <source>No open channel has this id.</source>
        <translation>No hay ningún canal abierto con este id.</translation>
    </message>
    <message>
        <source>The voucher is for node %1, not this one.</source>
        <translation>El vale es para el nodo %1, no para este.</translation>
    </message>
    <message>
        <source>The voucher expired.</source>
        <translation>El vale ha caducado.</translation>
    </message>
    <message>
        <source>No open channel %1.</source>
        <translation>No hay ningún canal abierto %1.</translation>
    </message>
    <message>
        <source>The payer closed this channel.</source>
        <translation>El pagador cerró este canal.</translation>
    </message>
    <message>
        <source>The voucher is signed by %1, not by the channel&apos;s payer.</source>
        <translation>El vale lo firma %1, no el pagador del canal.</translation>
    </message>
    <message>
        <source>The voucher&apos;s cumulative amount %1 is not above the lane&apos;s %2.</source>
        <translation>El importe acumulado del vale, %1, no supera el del carril, %2.</translation>
    </message>
    <message>
        <source>All lanes together would reach %1, above the deposit of %2.</source>
        <translation>Todos los carriles juntos llegarían a %1, por encima del depósito de %2.</translation>
    </message>
    <message>
        <source>A fee of %1 is above the lane&apos;s credit of %2.</source>
        <translation>Una tarifa de %1 supera el crédito del carril, %2.</translation>
    </message>
</context>
<context>
    <name>fw::ledger::EarningsService</name>
    <message>
        <source>(no record named)</source>
        <translation>(sin registro)</translation>
    </message>
</context>
<context>
    <name>fw::ledger::Journal</name>
    <message>
        <source>entry %1 has sequence number %2</source>
        <translation>el asiento %1 tiene el número de secuencia %2</translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it: one was removed, inserted or moved</source>
        <translation>el asiento %1 no sigue al anterior: se quitó, insertó o movió uno</translation>
    </message>
    <message>
        <source>entry %1 is not signed by the journal&apos;s keeper: it was altered or forged</source>
        <translation>el asiento %1 no lo firma el custodio del diario: se alteró o se falsificó</translation>
    </message>
    <message>
        <source>The settlement journal does not verify: %1</source>
        <translation>El diario de liquidación no se verifica: %1</translation>
    </message>
    <message>
        <source>Only the journal&apos;s keeper signs entries.</source>
        <translation>Solo el custodio del diario firma asientos.</translation>
    </message>
</context>
<context>
    <name>fw::ledger::LedgerStore</name>
    <message>
        <source>The charge was interrupted.</source>
        <translation>El cobro se interrumpió.</translation>
    </message>
    <message>
        <source>No open channel has this id.</source>
        <translation>No hay ningún canal abierto con este id.</translation>
    </message>
    <message>
        <source>A stored channel&apos;s payer key is damaged.</source>
        <translation>La clave del pagador de un canal guardado está dañada.</translation>
    </message>
</context>
<context>
    <name>fw::ledger::LedgerView</name>
    <message>
        <source>The node journal does not verify: %1</source>
        <translation>El diario del nodo no se verifica: %1</translation>
    </message>
</context>
<context>
    <name>fw::ledger::NodeLedger</name>
    <message>
        <source>The stored receipts do not verify: %1</source>
        <translation>Los recibos guardados no se verifican: %1</translation>
    </message>
    <message>
        <source>This channel is already open.</source>
        <translation>Este canal ya está abierto.</translation>
    </message>
    <message>
        <source>No open channel has this id.</source>
        <translation>No hay ningún canal abierto con este id.</translation>
    </message>
    <message>
        <source>Only the channel&apos;s payer can close it.</source>
        <translation>Solo el pagador del canal puede cerrarlo.</translation>
    </message>
    <message>
        <source>No open channel for this request.</source>
        <translation>No hay ningún canal abierto para esta solicitud.</translation>
    </message>
    <message>
        <source>The fee is above the credit the payer&apos;s voucher left on this lane.</source>
        <translation>La tarifa supera el crédito que el vale del pagador dejó en este carril.</translation>
    </message>
</context>
<context>
    <name>fw::ledger::Receipt</name>
    <message>
        <source>Not a valid receipt: %1</source>
        <translation>No es un recibo válido: %1</translation>
    </message>
    <message>
        <source>&quot;request&quot; and &quot;deployment&quot; must be 1 to 128 plain characters</source>
        <translation>«request» y «deployment» deben tener de 1 a 128 caracteres simples</translation>
    </message>
    <message>
        <source>&quot;manifest&quot; and &quot;previous&quot; must be 32-byte hashes</source>
        <translation>«manifest» y «previous» deben ser hashes de 32 bytes</translation>
    </message>
    <message>
        <source>token counts or time out of range</source>
        <translation>recuentos de tokens o tiempo fuera de rango</translation>
    </message>
    <message>
        <source>the fee is out of range</source>
        <translation>la tarifa está fuera de rango</translation>
    </message>
    <message>
        <source>more than %1 lines</source>
        <translation>más de %1 líneas</translation>
    </message>
    <message>
        <source>split party &quot;%1&quot; is not an address</source>
        <translation>la parte del reparto «%1» no es una dirección</translation>
    </message>
    <message>
        <source>the split adds up to %1, not to the fee %2</source>
        <translation>el reparto suma %1, no la tarifa %2</translation>
    </message>
    <message>
        <source>an attribution line is malformed</source>
        <translation>una línea de atribución está mal formada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be %2 lower-case hex digits</source>
        <translation>«%1» debe tener %2 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>«%1» debe ser un número entero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an amount in base units, as a string</source>
        <translation>«%1» debe ser un importe en unidades base, como cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«%1» debe ser una cadena</translation>
    </message>
    <message>
        <source>a split line needs exactly party, role and amount</source>
        <translation>una línea de reparto necesita exactamente party, role y amount</translation>
    </message>
    <message>
        <source>an attribution line needs exactly record, datanetVersion, contributor and share</source>
        <translation>una línea de atribución necesita exactamente record, datanetVersion, contributor y share</translation>
    </message>
    <message>
        <source>the node address is not valid</source>
        <translation>la dirección del nodo no es válida</translation>
    </message>
    <message>
        <source>The receipt&apos;s signature by %1 is not valid: it was altered or not signed by that node.</source>
        <translation>La firma de %1 en el recibo no es válida: se alteró o no lo firmó ese nodo.</translation>
    </message>
    <message>
        <source>larger than a receipt can be</source>
        <translation>más grande de lo que puede ser un recibo</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>the JSON is not in canonical form</source>
        <translation>el JSON no está en forma canónica</translation>
    </message>
    <message>
        <source>Unsupported receipt version.</source>
        <translation>Versión de recibo no admitida.</translation>
    </message>
    <message>
        <source>wrong &quot;type&quot;</source>
        <translation>«type» incorrecto</translation>
    </message>
    <message>
        <source>unexpected or missing fields</source>
        <translation>campos inesperados o ausentes</translation>
    </message>
</context>
<context>
    <name>fw::ledger::ReceiptArchive</name>
    <message>
        <source>Receipt %1 (request %2 from node %3) was refused: %4 Nothing was stored.</source>
        <translation>El recibo %1 (solicitud %2 del nodo %3) se rechazó: %4 No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>fw::ledger::ReceiptChain</name>
    <message>
        <source>Receipt %1: %2</source>
        <translation>Recibo %1: %2</translation>
    </message>
    <message>
        <source>signed by %1, not by %2</source>
        <translation>firmado por %1, no por %2</translation>
    </message>
    <message>
        <source>it does not follow the receipt before it: one was removed, inserted or moved</source>
        <translation>no sigue al recibo anterior: se quitó, insertó o movió uno</translation>
    </message>
    <message>
        <source>it is dated before the receipt before it</source>
        <translation>tiene una fecha anterior a la del recibo anterior</translation>
    </message>
    <message>
        <source>the chain does not end at the trusted head: receipts are missing at its end</source>
        <translation>la cadena no termina en la cabeza de confianza: faltan recibos al final</translation>
    </message>
</context>
<context>
    <name>fw::ledger::ReceiptLinker</name>
    <message>
        <source>it is not the first receipt of node %1, and nothing before it is known: its chain cannot be checked</source>
        <translation>no es el primer recibo del nodo %1 y no se conoce nada anterior: su cadena no se puede comprobar</translation>
    </message>
    <message>
        <source>it does not follow the last receipt of node %1: one was removed, inserted or moved</source>
        <translation>no sigue al último recibo del nodo %1: se quitó, insertó o movió uno</translation>
    </message>
    <message>
        <source>it is dated before the receipt before it from node %1</source>
        <translation>tiene una fecha anterior a la del recibo anterior del nodo %1</translation>
    </message>
</context>
<context>
    <name>fw::ledger::ReceiptLog</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Receipt %1: %2</source>
        <translation>Recibo %1: %2</translation>
    </message>
</context>
<context>
    <name>fw::ledger::RevenueSplit</name>
    <message>
        <source>Cannot split the fee: %1</source>
        <translation>No se puede repartir la tarifa: %1</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;</source>
        <translation>rol desconocido «%1»</translation>
    </message>
    <message>
        <source>a share must be a finite number from 0 to 1e6</source>
        <translation>una parte debe ser un número finito de 0 a 1e6</translation>
    </message>
    <message>
        <source>the fee %1 is out of range</source>
        <translation>la tarifa %1 está fuera de rango</translation>
    </message>
    <message>
        <source>the basis points must be non-negative and add up to 10000</source>
        <translation>los puntos básicos no deben ser negativos y deben sumar 10000</translation>
    </message>
    <message>
        <source>a data party needs an address and a data role</source>
        <translation>una parte de datos necesita una dirección y un rol de datos</translation>
    </message>
</context>
<context>
    <name>fw::ledger::Voucher</name>
    <message>
        <source>Not a valid voucher: %1</source>
        <translation>No es un vale válido: %1</translation>
    </message>
    <message>
        <source>a field is out of range</source>
        <translation>un campo está fuera de rango</translation>
    </message>
    <message>
        <source>The voucher&apos;s signature by %1 is not valid: it was altered or not signed by that payer.</source>
        <translation>La firma de %1 en el vale no es válida: se alteró o no lo firmó ese pagador.</translation>
    </message>
    <message>
        <source>the header is too long</source>
        <translation>la cabecera es demasiado larga</translation>
    </message>
    <message>
        <source>not canonical base64url</source>
        <translation>no es base64url canónico</translation>
    </message>
    <message>
        <source>it does not start with &quot;FWV&quot;</source>
        <translation>no empieza por «FWV»</translation>
    </message>
    <message>
        <source>Unsupported voucher version %1.</source>
        <translation>Versión de vale %1 no admitida.</translation>
    </message>
    <message>
        <source>%1 bytes instead of %2</source>
        <translation>%1 bytes en lugar de %2</translation>
    </message>
    <message>
        <source>lane %1 is not below %2</source>
        <translation>el carril %1 no es inferior a %2</translation>
    </message>
    <message>
        <source>the cumulative amount %1 is out of range</source>
        <translation>el importe acumulado %1 está fuera de rango</translation>
    </message>
    <message>
        <source>the expiry time is not positive</source>
        <translation>la fecha de caducidad no es positiva</translation>
    </message>
</context>
<context>
    <name>fw::ml</name>
    <message>
        <source>The ML engine module could not be loaded: %1</source>
        <translation>No se pudo cargar el módulo del motor de ML: %1</translation>
    </message>
    <message>
        <source>tokenizer.json: %1 is not supported</source>
        <translation>tokenizer.json: no se admite %1</translation>
    </message>
    <message numerus="yes">
        <source>CPU · %n thread(s)</source>
        <translation>
            <numerusform>CPU · %n hilo</numerusform>
            <numerusform>CPU · %n hilos</numerusform>
        </translation>
    </message>
    <message>
        <source>CUDA ×%1 · %2</source>
        <translation>CUDA ×%1 · %2</translation>
    </message>
    <message>
        <source>Unexpected weight &quot;%1&quot;: the checkpoint does not match config.json</source>
        <translation>Peso inesperado «%1»: el punto de control no coincide con config.json</translation>
    </message>
    <message>
        <source>Missing weight &quot;%1&quot; in the checkpoint</source>
        <translation>Falta el peso «%1» en el punto de control</translation>
    </message>
    <message>
        <source>Weight &quot;%1&quot; has shape %2, the config needs %3</source>
        <translation>El peso «%1» tiene forma %2, la configuración necesita %3</translation>
    </message>
    <message>
        <source>LoRA needs rank &gt; 0, alpha &gt; 0 and 0 &lt;= dropout &lt; 1</source>
        <translation>LoRA necesita rango &gt; 0, alfa &gt; 0 y 0 &lt;= dropout &lt; 1</translation>
    </message>
    <message>
        <source>No module matches the LoRA targets %1 (known: %2)</source>
        <translation>Ningún módulo coincide con los objetivos LoRA %1 (conocidos: %2)</translation>
    </message>
    <message>
        <source>The model carries no LoRA adapter to export</source>
        <translation>El modelo no lleva ningún adaptador LoRA que exportar</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Unexpected adapter weight &quot;%1&quot;</source>
        <translation>Peso de adaptador inesperado «%1»</translation>
    </message>
    <message>
        <source>Adapter weight &quot;%1&quot; does not fit this model</source>
        <translation>El peso de adaptador «%1» no encaja con este modelo</translation>
    </message>
    <message>
        <source>config.json: &quot;%1&quot; must be an integer</source>
        <translation>config.json: «%1» debe ser un entero</translation>
    </message>
    <message>
        <source>config.json: &quot;%1&quot; must be a number</source>
        <translation>config.json: «%1» debe ser un número</translation>
    </message>
    <message>
        <source>config.json: &quot;rope_scaling&quot; must be an object</source>
        <translation>config.json: «rope_scaling» debe ser un objeto</translation>
    </message>
    <message>
        <source>config.json: rope scaling &quot;%1&quot; is not supported (supported: %2)</source>
        <translation>config.json: no se admite el escalado rope «%1» (admitidos: %2)</translation>
    </message>
    <message>
        <source>config.json: rope scaling factor must be positive</source>
        <translation>config.json: el factor de escalado rope debe ser positivo</translation>
    </message>
    <message>
        <source>safetensors: tensor type not supported</source>
        <translation>safetensors: tipo de tensor no admitido</translation>
    </message>
    <message>
        <source>%1 has no weight_map</source>
        <translation>%1 no tiene weight_map</translation>
    </message>
    <message>
        <source>%1: invalid shard name for &quot;%2&quot;</source>
        <translation>%1: nombre de fragmento no válido para «%2»</translation>
    </message>
    <message>
        <source>%1 does not contain &quot;%2&quot; named by the index</source>
        <translation>%1 no contiene «%2», nombrado por el índice</translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; is not an object</source>
        <translation>safetensors: el tensor «%1» no es un objeto</translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; has unknown dtype &quot;%2&quot;</source>
        <translation>safetensors: el tensor «%1» tiene un dtype desconocido «%2»</translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; has no shape</source>
        <translation>safetensors: el tensor «%1» no tiene forma</translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; has an invalid dimension</source>
        <translation>safetensors: el tensor «%1» tiene una dimensión no válida</translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; is impossibly large</source>
        <translation>safetensors: el tensor «%1» es imposiblemente grande</translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; has invalid data_offsets</source>
        <translation>safetensors: el tensor «%1» tiene data_offsets no válidos</translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; occupies %2 bytes but its shape and dtype need %3</source>
        <translation>safetensors: el tensor «%1» ocupa %2 bytes pero su forma y dtype necesitan %3</translation>
    </message>
    <message>
        <source>Training was cancelled at step %1</source>
        <translation>El entrenamiento se canceló en el paso %1</translation>
    </message>
    <message>
        <source>The loss diverged at step %1; lower the learning rate</source>
        <translation>La pérdida divergió en el paso %1; reduzca la tasa de aprendizaje</translation>
    </message>
    <message>
        <source>tokenizer.json: %1 &quot;%2&quot; has the id %3; ids must be whole numbers from 0 to %4</source>
        <translation>tokenizer.json: %1 «%2» tiene el id %3; los ids deben ser números enteros de 0 a %4</translation>
    </message>
    <message>
        <source>The ML engine ran out of memory</source>
        <translation>El motor de ML se quedó sin memoria</translation>
    </message>
    <message>
        <source>The ML engine failed: %1</source>
        <translation>El motor de ML falló: %1</translation>
    </message>
    <message>
        <source>The ML engine failed with an unknown exception</source>
        <translation>El motor de ML falló con una excepción desconocida</translation>
    </message>
    <message>
        <source>%1 prompts at once; at most %2 are decoded together</source>
        <translation>%1 indicaciones a la vez; se decodifican como máximo %2 juntas</translation>
    </message>
    <message>
        <source>max tokens is %1; it must be from 0 to %2, the model&apos;s context length</source>
        <translation>max tokens es %1; debe estar entre 0 y %2, la longitud de contexto del modelo</translation>
    </message>
    <message>
        <source>prompt %1 has %2 tokens, more than the model&apos;s context length of %3</source>
        <translation>la indicación %1 tiene %2 tokens, más que la longitud de contexto del modelo, %3</translation>
    </message>
    <message>
        <source>prompt %1 holds the token id %2, outside the model&apos;s vocabulary of %3</source>
        <translation>la indicación %1 contiene el id de token %2, fuera del vocabulario del modelo, de %3</translation>
    </message>
    <message>
        <source>The model has no config.json</source>
        <translation>El modelo no tiene config.json</translation>
    </message>
    <message>
        <source>The adapter has no %1</source>
        <translation>El adaptador no tiene %1</translation>
    </message>
    <message>
        <source>The adapter is not a LoRA adapter (%1)</source>
        <translation>El adaptador no es un adaptador LoRA (%1)</translation>
    </message>
    <message>
        <source>The adapter lacks weights for some target modules</source>
        <translation>Al adaptador le faltan pesos para algunos módulos de destino</translation>
    </message>
    <message>
        <source>config.json: &quot;%1&quot; is out of range (%2)</source>
        <translation>config.json: «%1» está fuera de rango (%2)</translation>
    </message>
    <message>
        <source>This model has no reward head; train one with the &quot;reward&quot; objective.</source>
        <translation>Este modelo no tiene cabeza de recompensa; entrene una con el objetivo «reward».</translation>
    </message>
    <message>
        <source>%1: &quot;score.weight&quot; must be a (1, %2) tensor</source>
        <translation>%1: «score.weight» debe ser un tensor (1, %2)</translation>
    </message>
    <message>
        <source>The model holds neither model.safetensors nor model.safetensors.index.json</source>
        <translation>El modelo no contiene ni model.safetensors ni model.safetensors.index.json</translation>
    </message>
    <message>
        <source>The shard %1 named by %2 is missing</source>
        <translation>Falta el fragmento %1 que nombra %2</translation>
    </message>
    <message>
        <source>adapter_config.json: LoRA needs r &gt; 0 and lora_alpha &gt; 0</source>
        <translation>adapter_config.json: LoRA necesita r &gt; 0 y lora_alpha &gt; 0</translation>
    </message>
    <message>
        <source>adapter_model.safetensors lacks &quot;%1&quot;</source>
        <translation>A adapter_model.safetensors le falta «%1»</translation>
    </message>
    <message>
        <source>Adapter weight &quot;%1&quot; is %2; this base needs %3</source>
        <translation>El peso de adaptador «%1» es %2; esta base necesita %3</translation>
    </message>
    <message>
        <source>adapter_config.json: the target module &quot;%1&quot; matches no projection of this base</source>
        <translation>adapter_config.json: el módulo de destino «%1» no coincide con ninguna proyección de esta base</translation>
    </message>
    <message>
        <source>Adapter weight &quot;%1&quot; belongs to no target module of this base</source>
        <translation>El peso de adaptador «%1» no pertenece a ningún módulo de destino de esta base</translation>
    </message>
    <message>
        <source>The gradient sketch size must be a positive multiple of 64, not %1.</source>
        <translation>El tamaño del boceto de gradientes debe ser un múltiplo positivo de 64, no %1.</translation>
    </message>
    <message>
        <source>Gradient attribution needs at least one adapter checkpoint.</source>
        <translation>La atribución por gradientes necesita al menos un punto de control del adaptador.</translation>
    </message>
    <message>
        <source>The base model of a gradient sketch must not carry an adapter.</source>
        <translation>El modelo base de un boceto de gradientes no debe llevar un adaptador.</translation>
    </message>
    <message>
        <source>A batch of %1 rows cannot be shared by %2 ranks; use a batch size of at least %2.</source>
        <translation>Un lote de %1 filas no se puede repartir entre %2 rangos; use un tamaño de lote de al menos %2.</translation>
    </message>
    <message>
        <source>their plan or their datanet version (Merkle root)</source>
        <translation>su plan o su versión del datanet (raíz de Merkle)</translation>
    </message>
    <message>
        <source>their training rows (tokenizer, template or held-out split)</source>
        <translation>sus filas de entrenamiento (tokenizador, plantilla o partición reservada)</translation>
    </message>
    <message>
        <source>Rank 0 stopped the run at step %1</source>
        <translation>El rango 0 detuvo el entrenamiento en el paso %1</translation>
    </message>
    <message>
        <source>%1 training pairs cannot be shared by %2 ranks.</source>
        <translation>%1 pares de entrenamiento no se pueden repartir entre %2 rangos.</translation>
    </message>
</context>
<context>
    <name>fw::ml::ByteLevelBpeTokenizer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation>%1 no es JSON: %2</translation>
    </message>
    <message>
        <source>a Split pre-tokenizer other than an isolated regex</source>
        <translation>un pre-tokenizador Split distinto de una expresión regular aislada</translation>
    </message>
    <message>
        <source>tokenizer.json: invalid pre-tokenizer regex: %1</source>
        <translation>tokenizer.json: expresión regular de pre-tokenizador no válida: %1</translation>
    </message>
    <message>
        <source>the pre-tokenizer &quot;%1&quot;</source>
        <translation>el pre-tokenizador «%1»</translation>
    </message>
    <message>
        <source>a model of type &quot;%1&quot; (only BPE)</source>
        <translation>un modelo de tipo «%1» (solo BPE)</translation>
    </message>
    <message>
        <source>byte-fallback BPE (use tokenizer.model)</source>
        <translation>BPE con respaldo de bytes (use tokenizer.model)</translation>
    </message>
    <message>
        <source>a BPE tokenizer that is not byte-level</source>
        <translation>un tokenizador BPE que no es a nivel de byte</translation>
    </message>
    <message>
        <source>the normalizer &quot;%1&quot;</source>
        <translation>el normalizador «%1»</translation>
    </message>
    <message>
        <source>tokenizer.json: an added token has no id or content</source>
        <translation>tokenizer.json: un token añadido no tiene id o contenido</translation>
    </message>
    <message>
        <source>tokenizer.json: the vocabulary lacks byte %1</source>
        <translation>tokenizer.json: al vocabulario le falta el byte %1</translation>
    </message>
    <message>
        <source>the vocabulary entry</source>
        <translation>la entrada del vocabulario</translation>
    </message>
    <message>
        <source>tokenizer.json: merge %1 is malformed (expected &quot;a b&quot; or [&quot;a&quot;, &quot;b&quot;])</source>
        <translation>tokenizer.json: la fusión %1 está mal formada (se esperaba &quot;a b&quot; o [&quot;a&quot;, &quot;b&quot;])</translation>
    </message>
    <message>
        <source>the added token</source>
        <translation>el token añadido</translation>
    </message>
</context>
<context>
    <name>fw::ml::ByteLevelBpeTrainer</name>
    <message>
        <source>A byte-level vocabulary needs at least %1 entries</source>
        <translation>Un vocabulario a nivel de byte necesita al menos %1 entradas</translation>
    </message>
</context>
<context>
    <name>fw::ml::DataParallelGroup</name>
    <message>
        <source>Cannot open the rendezvous on %1, or not all %2 ranks came within %3 s: %4</source>
        <translation>No se puede abrir el punto de encuentro en %1, o no llegaron los %2 rangos en %3 s: %4</translation>
    </message>
    <message>
        <source>Rank %1 cannot reach the master at %2 within %3 s: %4</source>
        <translation>El rango %1 no puede contactar con el maestro en %2 en %3 s: %4</translation>
    </message>
    <message>
        <source>The %1 ranks met at %2 but could not connect to each other: %3</source>
        <translation>Los %1 rangos se encontraron en %2 pero no pudieron conectarse entre sí: %3</translation>
    </message>
    <message>
        <source>Rank %1 lost the other ranks during %2 (a rank stopped, or stayed silent for more than %3 s); training stops here.</source>
        <translation>El rango %1 perdió a los demás rangos durante %2 (un rango se detuvo o estuvo en silencio más de %3 s); el entrenamiento se detiene aquí.</translation>
    </message>
    <message>
        <source>Rank %1 and rank %2 differ in %3; every rank must train the same plan on the same frozen datanet version.</source>
        <translation>El rango %1 y el rango %2 difieren en %3; todos los rangos deben entrenar el mismo plan sobre la misma versión congelada del datanet.</translation>
    </message>
</context>
<context>
    <name>fw::ml::DistributedSettings</name>
    <message>
        <source>The world size must be between 1 and 256 (got %1).</source>
        <translation>El número de rangos debe estar entre 1 y 256 (se recibió %1).</translation>
    </message>
    <message>
        <source>The rank must be between 0 and %1 for a world of %2 (got %3).</source>
        <translation>El rango debe estar entre 0 y %1 para un grupo de %2 (se recibió %3).</translation>
    </message>
    <message>
        <source>The master address needs a host and a port from 1 to 65535.</source>
        <translation>La dirección del maestro necesita un host y un puerto del 1 al 65535.</translation>
    </message>
    <message>
        <source>The timeout must be between 1 s and one day (got %1 s).</source>
        <translation>El tiempo de espera debe estar entre 1 s y un día (se recibió %1 s).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not HOST:PORT (for example 192.168.1.20:29500).</source>
        <translation>«%1» no es HOST:PUERTO (por ejemplo 192.168.1.20:29500).</translation>
    </message>
</context>
<context>
    <name>fw::ml::LanguageModel</name>
    <message>
        <source>The tokenizer has %1 tokens but the model only %2</source>
        <translation>El tokenizador tiene %1 tokens pero el modelo solo %2</translation>
    </message>
    <message>
        <source>The model already carries an adapter; merge it first</source>
        <translation>El modelo ya lleva un adaptador; fusiónelo primero</translation>
    </message>
    <message>
        <source>The model carries no adapter to export</source>
        <translation>El modelo no lleva ningún adaptador que exportar</translation>
    </message>
    <message>
        <source>The prompt and response are %1 tokens; the model reads at most %2</source>
        <translation>La indicación y la respuesta suman %1 tokens; el modelo lee como máximo %2</translation>
    </message>
</context>
<context>
    <name>fw::ml::ModelConfig</name>
    <message>
        <source>Model sizes must be positive (vocab, hidden size, layers, heads, intermediate size, context length)</source>
        <translation>Los tamaños del modelo deben ser positivos (vocabulario, tamaño oculto, capas, cabezas, tamaño intermedio, longitud de contexto)</translation>
    </message>
    <message>
        <source>hidden_size %1 is not divisible by num_attention_heads %2</source>
        <translation>hidden_size %1 no es divisible por num_attention_heads %2</translation>
    </message>
    <message>
        <source>num_attention_heads %1 is not divisible by num_key_value_heads %2</source>
        <translation>num_attention_heads %1 no es divisible por num_key_value_heads %2</translation>
    </message>
    <message>
        <source>head dimension %1 must be even for rotary embeddings</source>
        <translation>la dimensión de cabeza %1 debe ser par para las incrustaciones rotatorias</translation>
    </message>
    <message>
        <source>rms_norm_eps and rope_theta must be positive</source>
        <translation>rms_norm_eps y rope_theta deben ser positivos</translation>
    </message>
    <message>
        <source>config.json: model_type &quot;%1&quot; is not supported (supported: %2)</source>
        <translation>config.json: no se admite model_type «%1» (admitidos: %2)</translation>
    </message>
    <message>
        <source>config.json: hidden_act &quot;%1&quot; is not supported (only silu)</source>
        <translation>config.json: no se admite hidden_act «%1» (solo silu)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 no es un objeto JSON: %2</translation>
    </message>
    <message>
        <source>Unknown model preset &quot;%1&quot; (known: %2)</source>
        <translation>Preajuste de modelo desconocido «%1» (conocidos: %2)</translation>
    </message>
    <message>
        <source>The sizes describe %1 parameters, more than any model can have</source>
        <translation>Los tamaños describen %1 parámetros, más de los que puede tener un modelo</translation>
    </message>
</context>
<context>
    <name>fw::ml::PreferenceDataset</name>
    <message>
        <source>There are no preference pairs to train on</source>
        <translation>No hay pares de preferencias con los que entrenar</translation>
    </message>
</context>
<context>
    <name>fw::ml::SafetensorsHeader</name>
    <message>
        <source>safetensors: file is too short (%1 bytes) to hold a header</source>
        <translation>safetensors: el archivo es demasiado corto (%1 bytes) para contener una cabecera</translation>
    </message>
    <message>
        <source>safetensors: header of %1 bytes exceeds the %2-byte limit</source>
        <translation>safetensors: la cabecera de %1 bytes supera el límite de %2 bytes</translation>
    </message>
    <message>
        <source>safetensors: header claims %1 bytes but the file is truncated at %2</source>
        <translation>safetensors: la cabecera indica %1 bytes pero el archivo se corta en %2</translation>
    </message>
    <message>
        <source>safetensors: header is not a JSON object (%1)</source>
        <translation>safetensors: la cabecera no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <source>safetensors: metadata value &quot;%1&quot; is not a string</source>
        <translation>safetensors: el valor de metadatos «%1» no es una cadena</translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; overlaps the previous tensor</source>
        <translation>safetensors: el tensor «%1» se solapa con el anterior</translation>
    </message>
    <message>
        <source>safetensors: gap before tensor &quot;%1&quot; at byte %2</source>
        <translation>safetensors: hueco antes del tensor «%1» en el byte %2</translation>
    </message>
    <message>
        <source>safetensors: tensor &quot;%1&quot; ends at byte %2, past the end of the data (%3 bytes); the file is truncated</source>
        <translation>safetensors: el tensor «%1» termina en el byte %2, más allá del final de los datos (%3 bytes); el archivo está truncado</translation>
    </message>
    <message>
        <source>safetensors: %1 trailing bytes after the last tensor</source>
        <translation>safetensors: %1 bytes sobrantes tras el último tensor</translation>
    </message>
</context>
<context>
    <name>fw::ml::SentencePieceTokenizer</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>tokenizer.model: a malformed protobuf field</source>
        <translation>tokenizer.model: un campo protobuf mal formado</translation>
    </message>
    <message>
        <source>tokenizer.model is not a SentencePiece model</source>
        <translation>tokenizer.model no es un modelo SentencePiece</translation>
    </message>
    <message>
        <source>tokenizer.model: only BPE SentencePiece models are supported</source>
        <translation>tokenizer.model: solo se admiten modelos SentencePiece BPE</translation>
    </message>
    <message>
        <source>tokenizer.model: unk id out of range</source>
        <translation>tokenizer.model: id de unk fuera de rango</translation>
    </message>
    <message>
        <source>tokenizer.model: more than %1 pieces</source>
        <translation>tokenizer.model: más de %1 piezas</translation>
    </message>
    <message>
        <source>tokenizer.model: piece %1 is empty</source>
        <translation>tokenizer.model: la pieza %1 está vacía</translation>
    </message>
</context>
<context>
    <name>fw::ml::ServingEngineImpl</name>
    <message>
        <source>An adapter needs a name</source>
        <translation>Un adaptador necesita un nombre</translation>
    </message>
    <message>
        <source>An adapter named &quot;%1&quot; is already loaded</source>
        <translation>Ya hay cargado un adaptador llamado «%1»</translation>
    </message>
    <message>
        <source>Adapter &quot;%1&quot;: %2</source>
        <translation>Adaptador «%1»: %2</translation>
    </message>
    <message>
        <source>No adapter named &quot;%1&quot; is loaded</source>
        <translation>No hay cargado ningún adaptador llamado «%1»</translation>
    </message>
    <message>
        <source>The prompt is empty</source>
        <translation>La indicación está vacía</translation>
    </message>
    <message>
        <source>%1 sequences are running already, the most one engine decodes together</source>
        <translation>Ya hay %1 secuencias en marcha, el máximo que un motor decodifica a la vez</translation>
    </message>
    <message>
        <source>Int8 weights need an F32 model on the CPU</source>
        <translation>Los pesos int8 necesitan un modelo F32 en la CPU</translation>
    </message>
</context>
<context>
    <name>fw::ml::SftDataset</name>
    <message>
        <source>There are no examples to train on</source>
        <translation>No hay ejemplos con los que entrenar</translation>
    </message>
</context>
<context>
    <name>fw::ml::Tokenizer</name>
    <message>
        <source>%1 holds neither tokenizer.json nor tokenizer.model</source>
        <translation>%1 no contiene tokenizer.json ni tokenizer.model</translation>
    </message>
    <message>
        <source>The model holds neither tokenizer.json nor tokenizer.model</source>
        <translation>El modelo no contiene ni tokenizer.json ni tokenizer.model</translation>
    </message>
</context>
<context>
    <name>fw::ml::TorchGradientSketcher</name>
    <message>
        <source>An adapter checkpoint holds %1 weights; the adapter has %2.</source>
        <translation>Un punto de control del adaptador contiene %1 pesos; el adaptador tiene %2.</translation>
    </message>
    <message>
        <source>An adapter checkpoint lacks the weight &quot;%1&quot; or has another shape.</source>
        <translation>A un punto de control del adaptador le falta el peso «%1» o tiene otra forma.</translation>
    </message>
</context>
<context>
    <name>fw::ml::Trainer</name>
    <message>
        <source>Cannot write the checkpoint: %1</source>
        <translation>No se puede escribir el punto de control: %1</translation>
    </message>
    <message>
        <source>The checkpoint is empty</source>
        <translation>El punto de control está vacío</translation>
    </message>
    <message>
        <source>The checkpoint belongs to another kind of training</source>
        <translation>El punto de control pertenece a otro tipo de entrenamiento</translation>
    </message>
    <message>
        <source>The checkpoint does not match this model (%1)</source>
        <translation>El punto de control no corresponde a este modelo (%1)</translation>
    </message>
    <message>
        <source>The checkpoint is damaged: %1</source>
        <translation>El punto de control está dañado: %1</translation>
    </message>
    <message>
        <source>The checkpoint&apos;s optimizer state does not match this model</source>
        <translation>El estado del optimizador del punto de control no corresponde a este modelo</translation>
    </message>
    <message>
        <source>how they exchange gradients (overlapped buckets or one exchange)</source>
        <translation>cómo intercambian los gradientes (por bloques solapados o en un solo intercambio)</translation>
    </message>
</context>
<context>
    <name>fw::ml::TrainingConfig</name>
    <message>
        <source>Set &quot;steps&quot; or &quot;epochs&quot; to a positive number</source>
        <translation>Dé a «steps» o «epochs» un número positivo</translation>
    </message>
    <message>
        <source>eval_fraction must be within [0, 1)</source>
        <translation>eval_fraction debe estar dentro de [0, 1)</translation>
    </message>
    <message>
        <source>AdamW betas must be within [0, 1); weight_decay and grad_clip must not be negative</source>
        <translation>las betas de AdamW deben estar dentro de [0, 1); weight_decay y grad_clip no pueden ser negativos</translation>
    </message>
    <message>
        <source>LoRA needs a positive rank and alpha and at least one target module</source>
        <translation>LoRA necesita un rango y un alfa positivos y al menos un módulo objetivo</translation>
    </message>
    <message>
        <source>&quot;method&quot; must be &quot;full&quot; or &quot;lora&quot;, not &quot;%1&quot;</source>
        <translation>«method» debe ser «full» o «lora», no «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not %2</source>
        <translation>«%1» debe ser un número entero, no %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; it must be from %3 to %4</source>
        <translation>«%1» es %2; debe estar entre %3 y %4</translation>
    </message>
    <message>
        <source>&quot;batch_size&quot; x &quot;seq_len&quot; is %1 tokens per micro-batch; at most %2</source>
        <translation>«batch_size» x «seq_len» da %1 tokens por microlote; como máximo %2</translation>
    </message>
    <message>
        <source>learning_rate must be positive and min_lr_ratio within [0, 1]</source>
        <translation>learning_rate debe ser positivo y min_lr_ratio debe estar en [0, 1]</translation>
    </message>
    <message>
        <source>&quot;beta&quot; is %1; DPO needs it above 0 and at most 100</source>
        <translation>«beta» es %1; DPO necesita que sea mayor que 0 y como máximo 100</translation>
    </message>
    <message>
        <source>&quot;objective&quot; must be &quot;sft&quot;, &quot;reward&quot; or &quot;dpo&quot;, not &quot;%1&quot;</source>
        <translation>«objective» debe ser «sft», «reward» o «dpo», no «%1»</translation>
    </message>
    <message>
        <source>&quot;loss&quot; must be &quot;sigmoid&quot; or &quot;ipo&quot;, not &quot;%1&quot;</source>
        <translation>«loss» debe ser «sigmoid» o «ipo», no «%1»</translation>
    </message>
    <message>
        <source>&quot;seed&quot; must be a whole number from 0 to 2^53, not %1</source>
        <translation>«seed» debe ser un número entero de 0 a 2^53, no %1</translation>
    </message>
    <message>
        <source>&quot;precision&quot; must be &quot;auto&quot;, &quot;fp32&quot; or &quot;bf16&quot;, not &quot;%1&quot;</source>
        <translation>&quot;precision&quot; debe ser &quot;auto&quot;, &quot;fp32&quot; o &quot;bf16&quot;, no &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>fw::models</name>
    <message>
        <source>Plain-text datanets have no prompts to answer, so they cannot be used for supervised fine-tuning; use an instruction, chat or preference datanet.</source>
        <translation>Los datanets de texto plano no tienen indicaciones que responder, así que no sirven para el ajuste fino supervisado; use un datanet de instrucciones, de chat o de preferencias.</translation>
    </message>
    <message>
        <source>A model needs a name.</source>
        <translation>Un modelo necesita un nombre.</translation>
    </message>
    <message>
        <source>A model name has at most 100 characters.</source>
        <translation>El nombre de un modelo tiene como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>A model name cannot contain &quot;/&quot;.</source>
        <translation>El nombre de un modelo no puede contener &quot;/&quot;.</translation>
    </message>
    <message>
        <source>A model name cannot hold control characters.</source>
        <translation>El nombre de un modelo no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot read the folder %1.</source>
        <translation>No se puede leer la carpeta %1.</translation>
    </message>
    <message>
        <source>The folder %1 holds no files to store.</source>
        <translation>La carpeta %1 no contiene archivos que guardar.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>The stored file %1 misses a part.</source>
        <translation>Al archivo guardado %1 le falta una parte.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a size preset trained from scratch: its weights are random, so there is nothing for LoRA to adapt. Train it in full, or start from a trained or imported model.</source>
        <translation>«%1» es un ajuste predefinido de tamaño que se entrena desde cero: sus pesos son aleatorios, así que LoRA no tiene nada que adaptar. Entrénelo completo o parta de un modelo entrenado o importado.</translation>
    </message>
    <message>
        <source>A model named &quot;%1&quot; already exists; choose another name.</source>
        <translation>Ya existe un modelo llamado «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <source>Version %1 of %2 did not meet the datanet&apos;s requirements when it was frozen; only ready versions can be trained on.</source>
        <translation>La versión %1 de %2 no cumplía los requisitos del datanet cuando se congeló; solo se puede entrenar con versiones listas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an adapter; train on a whole model (export it merged first).</source>
        <translation>«%1» es un adaptador; entrene sobre un modelo completo (expórtelo fusionado primero).</translation>
    </message>
    <message>
        <source>The datanet &quot;%1&quot; this model was trained on is no longer in the workspace, so its held-out examples cannot be rebuilt.</source>
        <translation>El datanet «%1» con el que se entrenó este modelo ya no está en el espacio de trabajo, así que no se pueden reconstruir sus ejemplos reservados.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was not trained in this workspace (source: %2), so there is no held-out split to evaluate it on.</source>
        <translation>«%1» no se entrenó en este espacio de trabajo (origen: %2), así que no hay ninguna parte reservada con la que evaluarlo.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Version %1 of &quot;%2&quot;, which this model was trained on, is no longer in the workspace.</source>
        <translation>La versión %1 de «%2», con la que se entrenó este modelo, ya no está en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>There is no config.json in %1: this is not a Hugging Face model folder, or its download is incomplete.</source>
        <translation>No hay ningún config.json en %1: no es una carpeta de modelo de Hugging Face o su descarga está incompleta.</translation>
    </message>
    <message>
        <source>The model description %1 cannot be used: %2</source>
        <translation>No se puede usar la descripción del modelo %1: %2</translation>
    </message>
    <message>
        <source>There is no tokenizer in %1: the folder needs tokenizer.json or tokenizer.model.</source>
        <translation>No hay ningún tokenizador en %1: la carpeta necesita tokenizer.json o tokenizer.model.</translation>
    </message>
    <message>
        <source>The weights file %1 is incomplete or damaged, perhaps by an unfinished download or copy; fetch it again. Details: %2</source>
        <translation>El archivo de pesos %1 está incompleto o dañado, quizá por una descarga o copia sin terminar; vuelva a obtenerlo. Detalles: %2</translation>
    </message>
    <message>
        <source>There are no weights in %1: the folder needs model.safetensors (or model.safetensors.index.json and its shards).</source>
        <translation>No hay pesos en %1: la carpeta necesita model.safetensors (o model.safetensors.index.json y sus fragmentos).</translation>
    </message>
    <message>
        <source> Its PyTorch .bin/.pth weights cannot be read: convert them to safetensors first.</source>
        <translation> Sus pesos PyTorch .bin/.pth no se pueden leer: conviértalos antes a safetensors.</translation>
    </message>
    <message>
        <source>tokenizer.json (byte-level BPE)</source>
        <translation>tokenizer.json (BPE a nivel de byte)</translation>
    </message>
    <message>
        <source>tokenizer.model (SentencePiece)</source>
        <translation>tokenizer.model (SentencePiece)</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The model in %1 cannot be loaded: %2</source>
        <translation>No se puede cargar el modelo de %1: %2</translation>
    </message>
    <message>
        <source>Version %1 of %2 is listed twice.</source>
        <translation>La versión %1 de %2 aparece dos veces.</translation>
    </message>
    <message>
        <source>The time measurement was cancelled.</source>
        <translation>Se canceló la medición del tiempo.</translation>
    </message>
    <message>
        <source>The stored file %1 has no contents.</source>
        <translation>El archivo guardado %1 no tiene contenido.</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; has no stored files.</source>
        <translation>El modelo «%1» no tiene archivos guardados.</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; has %2 file(s) with missing parts.</source>
        <translation>El modelo «%1» tiene %2 archivo(s) con partes que faltan.</translation>
    </message>
    <message>
        <source>Model &quot;%1&quot; should hold %2 bytes but holds %3.</source>
        <translation>El modelo «%1» debería ocupar %2 bytes, pero ocupa %3.</translation>
    </message>
    <message>
        <source>The folder %1 holds no file %2.</source>
        <translation>La carpeta %1 no contiene ningún archivo %2.</translation>
    </message>
    <message>
        <source>The thread measurement was cancelled.</source>
        <translation>Se canceló la medición de hilos.</translation>
    </message>
    <message>
        <source>The thread measurement ended before it was timed.</source>
        <translation>La medición de hilos terminó antes de cronometrarse.</translation>
    </message>
    <message>
        <source>Reward models and DPO train on preference pairs; this version holds %1 records.</source>
        <translation>Los modelos de recompensa y DPO se entrenan con pares de preferencias; esta versión contiene registros de tipo %1.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; objective trains on preference pairs (prompt, chosen, rejected), but %2 is a datanet of %3 records. Choose a preference datanet, or the &quot;sft&quot; objective.</source>
        <translation>El objetivo «%1» se entrena con pares de preferencias (indicación, elegida, rechazada), pero %2 es un datanet de registros de tipo %3. Elija un datanet de preferencias o el objetivo «sft».</translation>
    </message>
</context>
<context>
    <name>fw::models::ModelStore</name>
    <message>
        <source>No model or adapter is named &quot;%1&quot;.</source>
        <translation>Ningún modelo o adaptador se llama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No model or adapter with id %1.</source>
        <translation>No hay ningún modelo o adaptador con el id %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>A stored file has an unsafe name: %1</source>
        <translation>Un archivo guardado tiene un nombre inseguro: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the base of %2; remove those first.</source>
        <translation>&quot;%1&quot; es la base de %2; elimínelos primero.</translation>
    </message>
    <message>
        <source>An adapter needs the model it adapts.</source>
        <translation>Un adaptador necesita el modelo que adapta.</translation>
    </message>
    <message>
        <source>The base model (id %1) does not exist.</source>
        <translation>El modelo base (id %1) no existe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an adapter, not a model; it cannot be a base.</source>
        <translation>&quot;%1&quot; es un adaptador, no un modelo; no puede ser una base.</translation>
    </message>
    <message>
        <source>A model or adapter named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un modelo o adaptador llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the base of the training run(s) %2, running or waiting to resume; let them finish or remove them from the history first.</source>
        <translation>«%1» es la base de las ejecuciones de entrenamiento %2, en curso o a la espera de reanudarse; deje que terminen o quítelas del historial primero.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; has no files to store.</source>
        <translation>El modelo «%1» no tiene archivos que guardar.</translation>
    </message>
    <message>
        <source>A model file has an unsafe name: %1</source>
        <translation>Un archivo del modelo tiene un nombre inseguro: %1</translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>El espacio de trabajo está bloqueado.</translation>
    </message>
</context>
<context>
    <name>fw::models::RecordedRun</name>
    <message>
        <source>Training run %1 (&quot;%2&quot;) is %3 and cannot resume; only a cancelled, failed or interrupted run with a checkpoint can.</source>
        <translation>La ejecución de entrenamiento %1 («%2») está en estado %3 y no se puede reanudar; solo puede hacerlo una ejecución cancelada, fallida o interrumpida con un punto de control.</translation>
    </message>
</context>
<context>
    <name>fw::models::RunHistory</name>
    <message>
        <source>This run has no checkpoint to resume from.</source>
        <translation>Esta ejecución no tiene ningún punto de control desde el que reanudarla.</translation>
    </message>
    <message>
        <source>There is no training run %1.</source>
        <translation>No existe la ejecución de entrenamiento %1.</translation>
    </message>
    <message>
        <source>Training run %1 is being trained by another process.</source>
        <translation>Otro proceso está entrenando la ejecución de entrenamiento %1.</translation>
    </message>
</context>
<context>
    <name>fw::models::RunQueue</name>
    <message>
        <source>A queued or running run already makes &quot;%1&quot;; choose another name.</source>
        <translation>Una ejecución en cola o en curso ya genera «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <source>No waiting run at position %1.</source>
        <translation>No hay ninguna ejecución en espera en la posición %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; trains on &quot;%2&quot;, so it has to wait until &quot;%2&quot; is made.</source>
        <translation>«%1» se entrena con «%2», así que tiene que esperar a que se cree «%2».</translation>
    </message>
</context>
<context>
    <name>fw::models::TrainingPlan</name>
    <message>
        <source>The run needs a &quot;%1&quot; string.</source>
        <translation>La ejecución necesita una cadena «%1».</translation>
    </message>
    <message>
        <source>&quot;data&quot; is a non-empty list of {&quot;datanet&quot;, &quot;version&quot;} objects and replaces &quot;datanet&quot; and &quot;version&quot;.</source>
        <translation>«data» es una lista no vacía de objetos {&quot;datanet&quot;, &quot;version&quot;} y sustituye a «datanet» y «version».</translation>
    </message>
    <message>
        <source>Every &quot;data&quot; entry needs a &quot;datanet&quot; name.</source>
        <translation>Cada entrada de «data» necesita un nombre «datanet».</translation>
    </message>
</context>
<context>
    <name>fw::node</name>
    <message>
        <source>&quot;%1&quot; is not supported by this node; leave it out</source>
        <translation>Este nodo no admite «%1»; omítalo</translation>
    </message>
    <message>
        <source>&quot;logit_bias&quot; is not supported by this node; leave it out</source>
        <translation>Este nodo no admite «logit_bias»; omítalo</translation>
    </message>
    <message>
        <source>only &quot;response_format&quot;: {&quot;type&quot;: &quot;text&quot;} is supported</source>
        <translation>solo se admite &quot;response_format&quot;: {&quot;type&quot;: &quot;text&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>«%1» debe ser un número de %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>«%1» debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>«%1» debe ser un número entero</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be a non-empty list</source>
        <translation>«messages» debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>at most %1 messages are accepted</source>
        <translation>se aceptan como máximo %1 mensajes</translation>
    </message>
    <message>
        <source>each message needs a &quot;role&quot; of system, user or assistant</source>
        <translation>cada mensaje necesita un «role» system, user o assistant</translation>
    </message>
    <message>
        <source>each message needs a &quot;content&quot; string (or a list of text parts)</source>
        <translation>cada mensaje necesita una cadena «content» (o una lista de partes de texto)</translation>
    </message>
    <message>
        <source>the messages hold %1 characters; at most %2 are accepted</source>
        <translation>los mensajes tienen %1 caracteres; se aceptan como máximo %2</translation>
    </message>
    <message>
        <source>the last message must not be the assistant&apos;s: the node writes that one</source>
        <translation>el último mensaje no debe ser del asistente: ese lo escribe el nodo</translation>
    </message>
    <message>
        <source>&quot;prompt&quot; must be a string (batches of prompts are not supported)</source>
        <translation>«prompt» debe ser una cadena (no se admiten lotes de indicaciones)</translation>
    </message>
    <message>
        <source>the prompt holds %1 characters; at most %2 are accepted</source>
        <translation>la indicación tiene %1 caracteres; se aceptan como máximo %2</translation>
    </message>
    <message>
        <source>&quot;stop&quot; must be a string or a list of up to 4 strings</source>
        <translation>«stop» debe ser una cadena o una lista de hasta 4 cadenas</translation>
    </message>
    <message>
        <source>each stop sequence must be a string of 1 to 256 characters</source>
        <translation>cada secuencia de parada debe ser una cadena de 1 a 256 caracteres</translation>
    </message>
    <message>
        <source>&quot;top_p&quot; must be above 0</source>
        <translation>«top_p» debe ser mayor que 0</translation>
    </message>
    <message>
        <source>&quot;stream&quot; must be true or false</source>
        <translation>«stream» debe ser true o false</translation>
    </message>
    <message>
        <source>&quot;stream_options&quot; is an object, allowed only with &quot;stream&quot;: true</source>
        <translation>«stream_options» es un objeto, permitido solo con &quot;stream&quot;: true</translation>
    </message>
    <message>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>el cuerpo no es JSON válido: %1 en el byte %2</translation>
    </message>
    <message>
        <source>the body must be a JSON object</source>
        <translation>el cuerpo debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>campo desconocido «%1»</translation>
    </message>
    <message>
        <source>&quot;model&quot; must name a deployed model or adapter</source>
        <translation>«model» debe nombrar un modelo o adaptador desplegado</translation>
    </message>
    <message>
        <source>The attribution index of &quot;%1&quot; could not be built: %2</source>
        <translation>No se pudo construir el índice de atribución de «%1»: %2</translation>
    </message>
    <message>
        <source>The adapter&apos;s base &quot;%1&quot; could not be deployed: %2</source>
        <translation>No se pudo desplegar la base del adaptador, «%1»: %2</translation>
    </message>
</context>
<context>
    <name>fw::node::DeployManifest</name>
    <message>
        <source>deploy manifest: %1</source>
        <translation>manifiesto de despliegue: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be 64 lower-case hex digits</source>
        <translation>«%1» debe tener 64 dígitos hexadecimales en minúscula</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>«%1» debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>&quot;files&quot; must list 1 to %1 files</source>
        <translation>«files» debe enumerar de 1 a %1 archivos</translation>
    </message>
    <message>
        <source>file name &quot;%1&quot; is not allowed</source>
        <translation>el nombre de archivo «%1» no está permitido</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is listed twice</source>
        <translation>el archivo «%1» aparece dos veces</translation>
    </message>
    <message>
        <source>&quot;lineage&quot; must be a list</source>
        <translation>«lineage» debe ser una lista</translation>
    </message>
    <message>
        <source>a lineage entry needs a datanet name</source>
        <translation>una entrada del linaje necesita el nombre de un datanet</translation>
    </message>
    <message>
        <source>the revenue split must add up to 10000 basis points, not %1</source>
        <translation>el reparto de ingresos debe sumar 10000 puntos básicos, no %1</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is missing from the package</source>
        <translation>falta el archivo «%1» en el paquete</translation>
    </message>
    <message>
        <source>deploy package: file &quot;%1&quot; does not match its hash in the signed manifest</source>
        <translation>paquete de despliegue: el archivo «%1» no coincide con su hash en el manifiesto firmado</translation>
    </message>
    <message>
        <source>file &quot;%1&quot; is not listed in the signed manifest</source>
        <translation>el archivo «%1» no figura en el manifiesto firmado</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <source>deploy manifest: format version %1 is not supported (this node reads %2)</source>
        <translation>manifiesto de despliegue: no se admite la versión de formato %1 (este nodo lee la %2)</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be 1 to %1 characters, without &apos;/&apos; or surrounding spaces</source>
        <translation>«name» debe tener de 1 a %1 caracteres, sin «/» ni espacios alrededor</translation>
    </message>
    <message>
        <source>&quot;name&quot; must not hold control characters</source>
        <translation>«name» no debe contener caracteres de control</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be &quot;model&quot; or &quot;adapter&quot;</source>
        <translation>«kind» debe ser «model» o «adapter»</translation>
    </message>
    <message>
        <source>&quot;owner&quot; is not a valid address</source>
        <translation>«owner» no es una dirección válida</translation>
    </message>
    <message>
        <source>a model&apos;s &quot;base_hash&quot; must be the hash of its own files</source>
        <translation>el «base_hash» de un modelo debe ser el hash de sus propios archivos</translation>
    </message>
    <message>
        <source>&quot;price_per_1k&quot; must be a whole number of base units, as a string</source>
        <translation>«price_per_1k» debe ser un número entero de unidades base, como cadena</translation>
    </message>
</context>
<context>
    <name>fw::node::DeployPackage</name>
    <message>
        <source>deploy package: %1</source>
        <translation>paquete de despliegue: %1</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 no es base64 válido</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>no es un objeto JSON (%1)</translation>
    </message>
    <message>
        <source>deploy package: format version %1 is not supported</source>
        <translation>paquete de despliegue: no se admite la versión de formato %1</translation>
    </message>
    <message>
        <source>more than %1 files</source>
        <translation>más de %1 archivos</translation>
    </message>
    <message>
        <source>file &quot;%1&quot;</source>
        <translation>archivo «%1»</translation>
    </message>
    <message>
        <source>deploy package: the signature is not the owner&apos;s (%1) over this manifest</source>
        <translation>paquete de despliegue: la firma sobre este manifiesto no es del propietario (%1)</translation>
    </message>
</context>
<context>
    <name>fw::node::DeploymentStore</name>
    <message>
        <source>A stored deployment&apos;s manifest no longer parses: %1</source>
        <translation>El manifiesto de un despliegue guardado ya no se puede analizar: %1</translation>
    </message>
    <message>
        <source>No deployment is named &quot;%1&quot;.</source>
        <translation>Ningún despliegue se llama «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deployed by %2; only its owner can replace it</source>
        <translation>«%1» lo desplegó %2; solo su propietario puede reemplazarlo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is deployed at release %2; a replacement needs a higher release than %3</source>
        <translation>«%1» está desplegado en la versión %2; un reemplazo necesita una versión mayor que %3</translation>
    </message>
    <message>
        <source>The stored deployment &quot;%1&quot; fails its checks: %2</source>
        <translation>El despliegue guardado «%1» no pasa sus comprobaciones: %2</translation>
    </message>
    <message>
        <source>The deployment &quot;%1&quot; has no file &quot;%2&quot;.</source>
        <translation>El despliegue «%1» no tiene ningún archivo «%2».</translation>
    </message>
    <message>
        <source>The deployment &quot;%1&quot; was replaced.</source>
        <translation>El despliegue «%1» se ha sustituido.</translation>
    </message>
    <message>
        <source>The stored file &quot;%1&quot; of the deployment &quot;%2&quot; fails its hash check.</source>
        <translation>El archivo guardado «%1» del despliegue «%2» no supera la comprobación de su hash.</translation>
    </message>
</context>
<context>
    <name>fw::node::HttpServer</name>
    <message>
        <source>Send the request body with a Content-Length.</source>
        <translation>Envíe el cuerpo de la solicitud con un Content-Length.</translation>
    </message>
    <message>
        <source>The request body is larger than this node accepts (%1 bytes).</source>
        <translation>El cuerpo de la solicitud supera lo que acepta este nodo (%1 bytes).</translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation>excepción desconocida</translation>
    </message>
    <message>
        <source>The node failed on this request: %1</source>
        <translation>El nodo falló con esta solicitud: %1</translation>
    </message>
    <message>
        <source>No endpoint %1 %2.</source>
        <translation>No existe el punto de acceso %1 %2.</translation>
    </message>
    <message>
        <source>The request body is larger than this node accepts.</source>
        <translation>El cuerpo de la solicitud supera lo que acepta este nodo.</translation>
    </message>
    <message>
        <source>The HTTP request was refused (status %1).</source>
        <translation>Se rechazó la solicitud HTTP (estado %1).</translation>
    </message>
    <message>
        <source>Cannot listen on %1:%2 (in use, or not an address of this machine).</source>
        <translation>No se puede escuchar en %1:%2 (en uso, o no es una dirección de esta máquina).</translation>
    </message>
</context>
<context>
    <name>fw::node::InferenceScheduler</name>
    <message>
        <source>The node is shutting down and takes no new requests.</source>
        <translation>El nodo se está cerrando y no acepta solicitudes nuevas.</translation>
    </message>
    <message>
        <source>The node&apos;s queue is full (%1 requests waiting); try again shortly.</source>
        <translation>La cola del nodo está llena (%1 solicitudes en espera); vuelva a intentarlo en breve.</translation>
    </message>
    <message>
        <source>The request could not be started.</source>
        <translation>No se pudo iniciar la solicitud.</translation>
    </message>
    <message>
        <source>unknown exception</source>
        <translation>excepción desconocida</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <source>The request needs up to %1 tokens (%2 in the prompt, %3 to generate) but its voucher pays for %4.</source>
        <translation>La solicitud necesita hasta %1 tokens (%2 en la indicación, %3 por generar), pero su vale paga %4.</translation>
    </message>
    <message>
        <source>The inference engine failed: %1</source>
        <translation>El motor de inferencia falló: %1</translation>
    </message>
    <message>
        <source>No adapter files.</source>
        <translation>No hay archivos de adaptador.</translation>
    </message>
</context>
<context>
    <name>fw::node::NodeClient</name>
    <message>
        <source>Cannot reach the node at %1 (%2).</source>
        <translation>No se puede contactar con el nodo en %1 (%2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a node URL; write it as http://HOST:PORT</source>
        <translation>«%1» no es una URL de nodo; escríbala como http://HOST:PUERTO</translation>
    </message>
    <message>
        <source>the node answered HTTP %1</source>
        <translation>el nodo respondió HTTP %1</translation>
    </message>
    <message>
        <source>The node at %1 does not prove the address %2 (it says it is %3).</source>
        <translation>El nodo en %1 no demuestra la dirección %2 (dice ser %3).</translation>
    </message>
</context>
<context>
    <name>fw::node::NodePayments</name>
    <message>
        <source>The node&apos;s ledger is not open.</source>
        <translation>El libro contable del nodo no está abierto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; costs %2 OPEN per 1,000 tokens: send a voucher for this node (%3) in the %4 header.</source>
        <translation>«%1» cuesta %2 OPEN por cada 1.000 tokens: envíe un vale para este nodo (%3) en la cabecera %4.</translation>
    </message>
    <message>
        <source>The voucher cannot be read: %1</source>
        <translation>No se puede leer el vale: %1</translation>
    </message>
    <message>
        <source>Lane %1 of this channel already carries a request; use another lane for concurrent requests.</source>
        <translation>El carril %1 de este canal ya lleva una solicitud; use otro carril para solicitudes simultáneas.</translation>
    </message>
    <message>
        <source>The lane&apos;s credit (%1 OPEN) does not pay for a prompt and one token at %2 OPEN per 1,000 tokens; send a voucher with a higher cumulative amount.</source>
        <translation>El crédito del carril (%1 OPEN) no paga una indicación y un token a %2 OPEN por cada 1.000 tokens; envíe un vale con un importe acumulado mayor.</translation>
    </message>
    <message>
        <source>The fee overflows.</source>
        <translation>La tarifa se desborda.</translation>
    </message>
    <message>
        <source>A channel is opened with {&quot;channel&quot;: 32 hex digits, &quot;amount&quot;: &quot;base units&quot;}.</source>
        <translation>Un canal se abre con {&quot;channel&quot;: 32 dígitos hexadecimales, &quot;amount&quot;: &quot;unidades base&quot;}.</translation>
    </message>
    <message>
        <source>The deposit must be a positive amount of base units.</source>
        <translation>El depósito debe ser un importe positivo de unidades base.</translation>
    </message>
    <message>
        <source>A request is running on lane %1 of this channel; close it when it is answered.</source>
        <translation>Hay una solicitud en marcha en el carril %1 de este canal; ciérrelo cuando tenga respuesta.</translation>
    </message>
    <message>
        <source>No open channel has this id.</source>
        <translation>No hay ningún canal abierto con este id.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Flywheel address.</source>
        <translation>«%1» no es una dirección de Flywheel.</translation>
    </message>
    <message>
        <source>since must be a receipt position (0 or more) and limit 1 to %1.</source>
        <translation>since debe ser una posición de recibo (0 o más) y limit de 1 a %1.</translation>
    </message>
</context>
<context>
    <name>fw::node::NodeService</name>
    <message>
        <source>The node&apos;s ledger does not open: %1</source>
        <translation>El libro contable del nodo no se abre: %1</translation>
    </message>
    <message>
        <source>The deployed base model &quot;%1&quot; does not load: %2</source>
        <translation>El modelo base desplegado «%1» no se carga: %2</translation>
    </message>
    <message>
        <source>The node is shutting down and takes no new requests.</source>
        <translation>El nodo se está cerrando y no acepta solicitudes nuevas.</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; is not deployed on this node.</source>
        <translation>El modelo «%1» no está desplegado en este nodo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a base model this node does not hold in memory.</source>
        <translation>«%1» necesita un modelo base que este nodo no tiene en memoria.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Sin respuesta en %1 segundos.</translation>
    </message>
    <message>
        <source>The answer was generated but could not be charged, so it is not sent: %1</source>
        <translation>La respuesta se generó pero no se pudo cobrar, así que no se envía: %1</translation>
    </message>
    <message>
        <source>The answer could not be charged: %1</source>
        <translation>No se pudo cobrar la respuesta: %1</translation>
    </message>
    <message>
        <source>The request is signed by %1 but the package belongs to %2.</source>
        <translation>La solicitud la firma %1, pero el paquete pertenece a %2.</translation>
    </message>
    <message>
        <source>The adapter&apos;s base model (%1) is not deployed on this node; deploy it first.</source>
        <translation>El modelo base del adaptador (%1) no está desplegado en este nodo; despliéguelo primero.</translation>
    </message>
    <message>
        <source>This node hosts the base model &quot;%1&quot;; undeploy it first (a node serves one base model and many adapters).</source>
        <translation>Este nodo aloja el modelo base «%1»; retire primero su despliegue (un nodo sirve un modelo base y muchos adaptadores).</translation>
    </message>
    <message>
        <source>The model does not load: %1</source>
        <translation>El modelo no se carga: %1</translation>
    </message>
    <message>
        <source>No deployment is named &quot;%1&quot;.</source>
        <translation>Ningún despliegue se llama «%1».</translation>
    </message>
    <message>
        <source>Only the owner (%1) can undeploy &quot;%2&quot;.</source>
        <translation>Solo el propietario (%1) puede retirar «%2».</translation>
    </message>
    <message>
        <source>The adapter &quot;%1&quot; runs on &quot;%2&quot;; undeploy the adapters first.</source>
        <translation>El adaptador «%1» se ejecuta sobre «%2»; retire primero los adaptadores.</translation>
    </message>
    <message>
        <source>--int8: the deployed base model &quot;%1&quot; cannot be served as int8: %2</source>
        <translation>--int8: el modelo base desplegado «%1» no se puede servir en int8: %2</translation>
    </message>
    <message>
        <source>This node serves int8 weights (--int8), and the model cannot be: %1</source>
        <translation>Este nodo sirve pesos int8 (--int8) y el modelo no se puede servir así: %1</translation>
    </message>
</context>
<context>
    <name>fw::node::PaymentClient</name>
    <message>
        <source>The node opened the channel as %1, not as the address it proved (%2).</source>
        <translation>El nodo abrió el canal como %1, no como la dirección que demostró (%2).</translation>
    </message>
    <message>
        <source>The channel&apos;s deposit (%1 OPEN) does not cover this request; open a new channel with `flywheel-cli pay deposit`.</source>
        <translation>El depósito del canal (%1 OPEN) no cubre esta solicitud; abra un canal nuevo con `flywheel-cli pay deposit`.</translation>
    </message>
    <message>
        <source>The node&apos;s receipt does not verify: %1</source>
        <translation>El recibo del nodo no se verifica: %1</translation>
    </message>
    <message>
        <source>The receipt is signed by %1, not by the node (%2).</source>
        <translation>El recibo lo firma %1, no el nodo (%2).</translation>
    </message>
    <message>
        <source>The receipt charges %1 OPEN, more than the voucher allowed (%2 OPEN).</source>
        <translation>El recibo cobra %1 OPEN, más de lo que permitía el vale (%2 OPEN).</translation>
    </message>
    <message>
        <source>The node lists no valid price for &quot;%1&quot;.</source>
        <translation>El nodo no indica un precio válido para «%1».</translation>
    </message>
    <message>
        <source>The model &quot;%1&quot; is not deployed on this node.</source>
        <translation>El modelo «%1» no está desplegado en este nodo.</translation>
    </message>
    <message>
        <source>The request&apos;s cost overflows.</source>
        <translation>El coste de la solicitud se desborda.</translation>
    </message>
    <message>
        <source>The node&apos;s answer carries no valid receipt: %1</source>
        <translation>La respuesta del nodo no lleva ningún recibo válido: %1</translation>
    </message>
</context>
<context>
    <name>fw::node::RequestVerifier</name>
    <message>
        <source>this request must be signed (%1 and the other X-Flywheel headers)</source>
        <translation>esta solicitud debe ir firmada (%1 y las demás cabeceras X-Flywheel)</translation>
    </message>
    <message>
        <source>%1 is not a valid address</source>
        <translation>%1 no es una dirección válida</translation>
    </message>
    <message>
        <source>the request&apos;s time is missing or more than 5 minutes from the node&apos;s clock</source>
        <translation>falta la hora de la solicitud o se aleja más de 5 minutos del reloj del nodo</translation>
    </message>
    <message>
        <source>the request&apos;s signature does not verify for %1</source>
        <translation>la firma de la solicitud no se verifica para %1</translation>
    </message>
    <message>
        <source>this request was already received (replayed nonce)</source>
        <translation>esta solicitud ya se recibió (nonce repetido)</translation>
    </message>
</context>
<context>
    <name>fw::store</name>
    <message>
        <source>This workspace was written by a newer Flywheel (schema %1; this version knows up to %2).</source>
        <translation>Este espacio de trabajo lo escribió un Flywheel más reciente (esquema %1; esta versión conoce hasta el %2).</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Falló la migración %1 (%2): %3</translation>
    </message>
    <message>
        <source>Cannot bind a value: %1</source>
        <translation>No se puede vincular un valor: %1</translation>
    </message>
    <message>
        <source>Database damage: %1</source>
        <translation>Daños en la base de datos: %1</translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row of %3.</source>
        <translation>La fila %1 de %2 apunta a una fila de %3 que no existe.</translation>
    </message>
    <message>
        <source>Schema version %1, expected %2.</source>
        <translation>Versión de esquema %1; se esperaba la %2.</translation>
    </message>
    <message>
        <source>Cannot create the search index %1: %2</source>
        <translation>No se puede crear el índice de búsqueda %1: %2</translation>
    </message>
</context>
<context>
    <name>fw::store::ConnectionPool</name>
    <message>
        <source>The workspace is busy with a passphrase change; try again once it has finished.</source>
        <translation>El espacio de trabajo está ocupado con un cambio de frase de contraseña; vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>El espacio de trabajo está bloqueado.</translation>
    </message>
    <message>
        <source>Another passphrase change is under way.</source>
        <translation>Ya hay otro cambio de frase de contraseña en curso.</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still using the workspace (training, an import, a freeze...). Wait for them to finish and try again.</source>
        <translation>
            <numerusform>%n tarea sigue usando el espacio de trabajo (entrenamiento, importación, congelación...). Espere a que termine y vuelva a intentarlo.</numerusform>
            <numerusform>%n tareas siguen usando el espacio de trabajo (entrenamiento, importación, congelación...). Espere a que terminen y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::store::Database</name>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de datos %1 no existe.</translation>
    </message>
    <message>
        <source>The database %1 is not encrypted; refusing to open it.</source>
        <translation>La base de datos %1 no está cifrada; se rechaza abrirla.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>The database cannot be decrypted with this key (%1).</source>
        <translation>La base de datos no se puede descifrar con esta clave (%1).</translation>
    </message>
    <message>
        <source>Cannot key the database: %1</source>
        <translation>No se puede aplicar la clave a la base de datos: %1</translation>
    </message>
    <message>
        <source>SQLCipher is not active (the plain SQLite library answered); refusing to open an unencrypted workspace.</source>
        <translation>SQLCipher no está activo (respondió la biblioteca SQLite sin cifrado); se rechaza abrir un espacio de trabajo sin cifrar.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
</context>
<context>
    <name>fw::store::JobClaim</name>
    <message>
        <source>Cannot open the workspace lock: %1</source>
        <translation>No se puede abrir el bloqueo del espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Job %1 is being worked on by another process.</source>
        <translation>Otro proceso está trabajando en la tarea %1.</translation>
    </message>
</context>
<context>
    <name>fw::store::Workspace</name>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation>%1 ya contiene un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot flush the new database.</source>
        <translation>No se puede volcar a disco la nueva base de datos.</translation>
    </message>
    <message>
        <source>Wrong passphrase for workspace %1.</source>
        <translation>Frase de contraseña incorrecta para el espacio de trabajo %1.</translation>
    </message>
    <message>
        <source>The workspace is locked.</source>
        <translation>El espacio de trabajo está bloqueado.</translation>
    </message>
    <message>
        <source>This workspace needs an upgrade, which needs it to itself. %1</source>
        <translation>Este espacio de trabajo necesita una actualización, que requiere tenerlo en exclusiva. %1</translation>
    </message>
</context>
<context>
    <name>fw::store::WorkspaceHeader</name>
    <message>
        <source>%1 is not a Flywheel workspace (no %2).</source>
        <translation>%1 no es un espacio de trabajo de Flywheel (falta %2).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a workspace header.</source>
        <translation>%1 es demasiado grande para ser una cabecera de espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <source>%1 is not a Flywheel workspace header.</source>
        <translation>%1 no es una cabecera de espacio de trabajo de Flywheel.</translation>
    </message>
    <message>
        <source>This workspace needs a newer Flywheel (format %1).</source>
        <translation>Este espacio de trabajo necesita un Flywheel más reciente (formato %1).</translation>
    </message>
    <message>
        <source>%1 has no valid format version.</source>
        <translation>%1 no tiene una versión de formato válida.</translation>
    </message>
    <message>
        <source>%1 is damaged (key check or database name).</source>
        <translation>%1 está dañado (comprobación de clave o nombre de la base de datos).</translation>
    </message>
    <message>
        <source>%1 is damaged (cipher page size %2).</source>
        <translation>%1 está dañado (tamaño de página de cifrado %2).</translation>
    </message>
</context>
<context>
    <name>fw::store::WorkspaceLock</name>
    <message>
        <source>Cannot open the workspace lock %1: %2</source>
        <translation>No se puede abrir el bloqueo del espacio de trabajo %1: %2</translation>
    </message>
    <message>
        <source>Another process is changing this workspace (a passphrase change or an upgrade): %1. Try again once it has finished.</source>
        <translation>Otro proceso está modificando este espacio de trabajo (un cambio de frase de contraseña o una actualización): %1. Vuelva a intentarlo cuando termine.</translation>
    </message>
    <message>
        <source>This workspace is open in another process: %1. Close it there and try again.</source>
        <translation>Este espacio de trabajo está abierto en otro proceso: %1. Ciérrelo allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>another session of this program (pid %1)</source>
        <translation>otra sesión de este programa (pid %1)</translation>
    </message>
    <message>
        <source>%1 (pid %2)</source>
        <translation>%1 (pid %2)</translation>
    </message>
</context>
<context>
    <name>fw::ui::AboutDialog</name>
    <message>
        <source>About Flywheel</source>
        <translation>Acerca de Flywheel</translation>
    </message>
    <message>
        <source>%1 (open workspace: %2)</source>
        <translation>%1 (espacio de trabajo abierto: %2)</translation>
    </message>
    <message>
        <source>A desktop workbench for community-built AI.</source>
        <translation>Un banco de trabajo de escritorio para IA construida en comunidad.</translation>
    </message>
    <message>
        <source>Flywheel</source>
        <translation>Flywheel</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>libtorch</source>
        <translation>libtorch</translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <source>libsodium</source>
        <translation>libsodium</translation>
    </message>
</context>
<context>
    <name>fw::ui::AddRecordDialog</name>
    <message>
        <source>Instruction:</source>
        <translation>Instrucción:</translation>
    </message>
    <message>
        <source>Input (optional):</source>
        <translation>Entrada (opcional):</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>Respuesta:</translation>
    </message>
    <message>
        <source>System (optional):</source>
        <translation>Sistema (opcional):</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Assistant:</source>
        <translation>Asistente:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Indicación:</translation>
    </message>
    <message>
        <source>Chosen answer:</source>
        <translation>Respuesta elegida:</translation>
    </message>
    <message>
        <source>Rejected answer:</source>
        <translation>Respuesta rechazada:</translation>
    </message>
    <message>
        <source>Add a Record to %1</source>
        <translation>Añadir un registro a %1</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <source>Signed by:</source>
        <translation>Firmado por:</translation>
    </message>
</context>
<context>
    <name>fw::ui::AdvancedRunSettings</name>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Tamaño de lote:</translation>
    </message>
    <message>
        <source>Sequence length:</source>
        <translation>Longitud de secuencia:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Tasa de aprendizaje:</translation>
    </message>
    <message>
        <source>Warm-up steps:</source>
        <translation>Pasos de calentamiento:</translation>
    </message>
    <message>
        <source>Held out for evaluation:</source>
        <translation>Reservado para evaluación:</translation>
    </message>
    <message>
        <source>LoRA rank:</source>
        <translation>Rango de LoRA:</translation>
    </message>
    <message>
        <source>LoRA alpha:</source>
        <translation>Alfa de LoRA:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>DPO beta:</source>
        <translation>Beta de DPO:</translation>
    </message>
    <message>
        <source>DPO loss:</source>
        <translation>Pérdida de DPO:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Precisión:</translation>
    </message>
    <message>
        <source>Automatic (bf16 on this machine)</source>
        <translation>Automática (bf16 en esta máquina)</translation>
    </message>
    <message>
        <source>Automatic (fp32 on this machine)</source>
        <translation>Automática (fp32 en esta máquina)</translation>
    </message>
    <message>
        <source>fp32 (full precision)</source>
        <translation>fp32 (precisión completa)</translation>
    </message>
    <message>
        <source>bf16 (mixed precision)</source>
        <translation>bf16 (precisión mixta)</translation>
    </message>
    <message>
        <source>bf16 multiplies the weights in half the bits and keeps fp32 master weights: much faster on processors with AVX-512 BF16 or AMX, slower than fp32 on others.</source>
        <translation>bf16 multiplica los pesos con la mitad de bits y conserva los pesos maestros en fp32: mucho más rápido en procesadores con AVX-512 BF16 o AMX, más lento que fp32 en los demás.</translation>
    </message>
    <message>
        <source>How far DPO may move the model from its base: smaller lets it move further (0.1 is common).</source>
        <translation>Cuánto puede alejar DPO el modelo de su base: un valor menor le deja alejarse más (0,1 es lo habitual).</translation>
    </message>
    <message>
        <source>Sigmoid (the DPO paper&apos;s)</source>
        <translation>Sigmoide (la del artículo de DPO)</translation>
    </message>
    <message>
        <source>IPO (squared, steadier on small data)</source>
        <translation>IPO (cuadrática, más estable con pocos datos)</translation>
    </message>
    <message>
        <source>Optimizer steps. More steps learn more and take longer (1 to 1,000,000).</source>
        <translation>Pasos del optimizador. Con más pasos se aprende más y se tarda más (de 1 a 1&#xa0;000&#xa0;000).</translation>
    </message>
    <message>
        <source>Examples per step. Larger batches give smoother updates and need more memory (1 to 512).</source>
        <translation>Ejemplos por paso. Los lotes más grandes dan actualizaciones más suaves y necesitan más memoria (de 1 a 512).</translation>
    </message>
    <message>
        <source>Tokens per example; longer examples are cut (16 to 8,192).</source>
        <translation>Tokens por ejemplo; los ejemplos más largos se recortan (de 16 a 8192).</translation>
    </message>
    <message>
        <source>Steps over which the learning rate rises from zero, for a stable start.</source>
        <translation>Pasos durante los que la tasa de aprendizaje sube desde cero, para un comienzo estable.</translation>
    </message>
    <message>
        <source>LoRA rank: the size of the adapter&apos;s low-rank matrices (1 to 256; 8 is common).</source>
        <translation>Rango de LoRA: el tamaño de las matrices de rango bajo del adaptador (de 1 a 256; lo habitual es 8).</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same run on the CPU.</source>
        <translation>Semilla aleatoria: la misma semilla da la misma ejecución en la CPU.</translation>
    </message>
    <message>
        <source>Peak learning rate after warm-up; it decays along a cosine (0.000001 to 0.1).</source>
        <translation>Tasa de aprendizaje máxima tras el calentamiento; decae siguiendo un coseno (de 0,000001 a 0,1).</translation>
    </message>
    <message>
        <source>Share of the examples held out to measure eval loss and perplexity (0 to 50 %).</source>
        <translation>Proporción de los ejemplos que se reserva para medir la pérdida de evaluación y la perplejidad (del 0 al 50&#xa0;%).</translation>
    </message>
    <message>
        <source>LoRA alpha: scales the adapter&apos;s contribution (alpha / rank); often twice the rank.</source>
        <translation>Alfa de LoRA: escala la contribución del adaptador (alfa / rango); suele ser el doble del rango.</translation>
    </message>
</context>
<context>
    <name>fw::ui::AgreementPanel</name>
    <message>
        <source>not defined yet</source>
        <translation>aún sin definir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Reject This Item&apos;s Pairs</source>
        <translation>&amp;Rechazar los pares de este elemento</translation>
    </message>
    <message>
        <source>Rejects the preference records these labels gave, in the datanet&apos;s review; the signed labels stay.</source>
        <translation>Rechaza, en la revisión del datanet, los registros de preferencia que dieron estas etiquetas; las etiquetas firmadas se conservan.</translation>
    </message>
    <message>
        <source>Labeler</source>
        <translation>Etiquetador</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Comparaciones</translation>
    </message>
    <message>
        <source>Agreement with the others</source>
        <translation>Concordancia con los demás</translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation>Discrepancia</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Juicio</translation>
    </message>
    <message>
        <source>Each labeler&apos;s agreement</source>
        <translation>Concordancia de cada etiquetador</translation>
    </message>
    <message>
        <source>Most-disagreed items</source>
        <translation>Elementos con más discrepancia</translation>
    </message>
    <message>
        <source>ordinal, over ratings</source>
        <translation>ordinal, sobre las valoraciones</translation>
    </message>
    <message>
        <source>ordinal, over ranks</source>
        <translation>ordinal, sobre las clasificaciones</translation>
    </message>
    <message>
        <source>nominal, over choices</source>
        <translation>nominal, sobre las elecciones</translation>
    </message>
    <message>
        <source>&lt;b&gt;Krippendorff&apos;s alpha&lt;/b&gt; (%1): &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alfa de Krippendorff&lt;/b&gt; (%1): &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cohen&apos;s kappa&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Kappa de Cohen&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa needs exactly two labelers</source>
        <translation>El kappa de Cohen necesita exactamente dos etiquetadores</translation>
    </message>
    <message>
        <source>%1 items, %2 labels, %3 labelers</source>
        <translation>%1 elementos, %2 etiquetas, %3 etiquetadores</translation>
    </message>
    <message>
        <source>the chosen answer was the one shown first in %1% of choices</source>
        <translation>la respuesta elegida fue la que se mostró primero en el %1% de las elecciones</translation>
    </message>
    <message>
        <source>No labels in this campaign yet.</source>
        <translation>Aún no hay etiquetas en esta campaña.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Labelers disagreed on this item (feedback campaign &quot;%1&quot;).</source>
        <translation>Los etiquetadores discreparon en este elemento (campaña de retroalimentación «%1»).</translation>
    </message>
    <message>
        <source>Pairs rejected in the datanet&apos;s review: %1.</source>
        <translation>Pares rechazados en la revisión del datanet: %1.</translation>
    </message>
    <message>
        <source>These labels gave no pairs (ties, both bad or already rejected).</source>
        <translation>Estas etiquetas no dieron ningún par (empates, ambas malas o ya rechazados).</translation>
    </message>
    <message>
        <source>%1 better</source>
        <translation>%1 es mejor</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>both bad</source>
        <translation>ambas malas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>rewrote %1&apos;s answer</source>
        <translation>reescribió la respuesta de %1</translation>
    </message>
</context>
<context>
    <name>fw::ui::AppLauncher</name>
    <message>
        <source>Opening the demo workspace...</source>
        <translation>Abriendo el espacio de trabajo de demostración...</translation>
    </message>
    <message>
        <source>Flywheel</source>
        <translation>Flywheel</translation>
    </message>
    <message>
        <source>The demo workspace could not be opened: %1</source>
        <translation>No se pudo abrir el espacio de trabajo de demostración: %1</translation>
    </message>
    <message>
        <source>Preparing the demo: %1 (%2 of %3)...</source>
        <translation>Preparando la demostración: %1 (%2 de %3)...</translation>
    </message>
    <message>
        <source>The demo opened without its trained model: %1</source>
        <translation>La demostración se abrió sin su modelo entrenado: %1</translation>
    </message>
</context>
<context>
    <name>fw::ui::AttributionPanel</name>
    <message>
        <source>Share</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contribuidor</translation>
    </message>
    <message>
        <source>Datanet</source>
        <translation>Datanet</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Matched text</source>
        <translation>Texto coincidente</translation>
    </message>
    <message>
        <source>Training records behind the answer</source>
        <translation>Registros de entrenamiento detrás de la respuesta</translation>
    </message>
    <message>
        <source>Answer with matched spans</source>
        <translation>Respuesta con los fragmentos coincidentes</translation>
    </message>
    <message>
        <source>Tracing the answer back to %1&apos;s training records…</source>
        <translation>Rastreando la respuesta hasta los registros de entrenamiento de %1…</translation>
    </message>
    <message>
        <source>No span of this answer occurs in %1&apos;s training data: nobody&apos;s record shaped it word for word.</source>
        <translation>Ningún fragmento de esta respuesta aparece en los datos de entrenamiento de %1: ningún registro le dio forma palabra por palabra.</translation>
    </message>
    <message>
        <source>Training records that share spans with this answer (%2 tokens): %1. Their shares add up to 100 %.</source>
        <translation>Registros de entrenamiento que comparten fragmentos con esta respuesta (%2 tokens): %1. Sus partes suman el 100 %.</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>Gradiente</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Spans: the training text the answer repeats. Gradient (LoRA adapters): the records whose training pushed the adapter towards this answer (TracIn).</source>
        <translation>Fragmentos: el texto de entrenamiento que la respuesta repite. Gradiente (adaptadores LoRA): los registros cuyo entrenamiento empujó al adaptador hacia esta respuesta (TracIn).</translation>
    </message>
    <message>
        <source>Attribution method</source>
        <translation>Método de atribución</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>No training record moved %1 towards this answer.</source>
        <translation>Ningún registro de entrenamiento movió %1 hacia esta respuesta.</translation>
    </message>
    <message>
        <source>Training records whose gradients moved the adapter towards (or away from) this answer: %1. Shares divide the positive influence; negative influence is shown, not paid.</source>
        <translation>Registros de entrenamiento cuyos gradientes movieron el adaptador hacia esta respuesta (o lo alejaron de ella): %1. Las partes reparten la influencia positiva; la negativa se muestra, pero no se paga.</translation>
    </message>
    <message>
        <source>%1 (negative, not paid)</source>
        <translation>%1 (negativa, no se paga)</translation>
    </message>
    <message>
        <source>Training on this record pushed the adapter away from this answer: shown, not paid.</source>
        <translation>Entrenar con este registro alejó al adaptador de esta respuesta: se muestra, pero no se paga.</translation>
    </message>
</context>
<context>
    <name>fw::ui::AttributionPrepJob</name>
    <message>
        <source>Attribution for &quot;%1&quot; was not prepared (stopped); its first request prepares it.</source>
        <translation>La atribución de «%1» no se preparó (se detuvo); su primera consulta la preparará.</translation>
    </message>
    <message>
        <source>Attribution for &quot;%1&quot; could not be prepared: %2</source>
        <translation>No se pudo preparar la atribución de «%1»: %2</translation>
    </message>
    <message>
        <source>Attribution for &quot;%1&quot; is ready: span index and gradient store, in %2 s.</source>
        <translation>La atribución de «%1» está lista: índice de fragmentos y almacén de gradientes, en %2 s.</translation>
    </message>
    <message>
        <source>Attribution for &quot;%1&quot; is ready: span index, in %2 s.</source>
        <translation>La atribución de «%1» está lista: índice de fragmentos, en %2 s.</translation>
    </message>
</context>
<context>
    <name>fw::ui::BusyBar</name>
    <message>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
</context>
<context>
    <name>fw::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change Passphrase</source>
        <translation>Cambiar frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>The workspace is re-encrypted with the new passphrase. There is no way to recover a forgotten passphrase.</source>
        <translation>El espacio de trabajo se vuelve a cifrar con la nueva frase de contraseña. No hay forma de recuperar una frase olvidada.</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Cambiar</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>La frase de contraseña actual es incorrecta.</translation>
    </message>
</context>
<context>
    <name>fw::ui::ChatColumn</name>
    <message>
        <source> Paid %1 OPEN (receipt %2).</source>
        <translation> Pagado: %1 OPEN (recibo %2).</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>%1 is loaded (%2 parameters).</source>
        <translation>%1 está cargado (%2 parámetros).</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <source>You:</source>
        <translation>Usted:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Stopped after %1 tokens (%2 s).</source>
        <translation>Detenido tras %1 tokens (%2 s).</translation>
    </message>
    <message>
        <source>%1 tokens in %2 s.</source>
        <translation>%1 tokens en %2 s.</translation>
    </message>
    <message>
        <source>%1 (node)</source>
        <translation>%1 (nodo)</translation>
    </message>
    <message>
        <source>%1 answers through the node at %2.</source>
        <translation>%1 responde a través del nodo en %2.</translation>
    </message>
</context>
<context>
    <name>fw::ui::ChatSession</name>
    <message>
        <source>%1 (node)</source>
        <translation>%1 (nodo)</translation>
    </message>
    <message>
        <source>The node no longer serves %1.</source>
        <translation>El nodo ya no sirve %1.</translation>
    </message>
</context>
<context>
    <name>fw::ui::ContributorsPanel</name>
    <message>
        <source>Contributors</source>
        <translation>Colaboradores</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Colaborador</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobados</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Señalados</translation>
    </message>
    <message>
        <source>Exact duplicates</source>
        <translation>Duplicados exactos</translation>
    </message>
    <message>
        <source>Near duplicates</source>
        <translation>Casi duplicados</translation>
    </message>
    <message>
        <source>%1 (%2, yours)</source>
        <translation>%1 (%2, suya)</translation>
    </message>
</context>
<context>
    <name>fw::ui::DatanetListModel</name>
    <message>
        <source>Instruction pairs</source>
        <translation>Pares de instrucciones</translation>
    </message>
    <message>
        <source>Chat conversations</source>
        <translation>Conversaciones de chat</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto plano</translation>
    </message>
    <message>
        <source>Preference pairs</source>
        <translation>Pares de preferencias</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>fw::ui::DatanetsPage</name>
    <message>
        <source>Datanets</source>
        <translation>Datanets</translation>
    </message>
    <message>
        <source>&amp;New Datanet…</source>
        <translation>&amp;Nuevo datanet…</translation>
    </message>
    <message>
        <source>A datanet collects records for one domain from many contributors. Create one with &quot;New Datanet…&quot;, then drop JSONL, CSV or text files on this page to import them.</source>
        <translation>Un datanet reúne registros de un dominio aportados por muchos colaboradores. Cree uno con «Nuevo datanet…» y después suelte archivos JSONL, CSV o de texto en esta página para importarlos.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Colaboradores</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Created %1. Drop files here or use &quot;Import File…&quot; on the Records tab.</source>
        <translation>Se creó %1. Suelte archivos aquí o use «Importar archivo…» en la pestaña Registros.</translation>
    </message>
    <message>
        <source>Record added and signed.</source>
        <translation>Registro añadido y firmado.</translation>
    </message>
    <message>
        <source>Create or select a datanet first, then import into it.</source>
        <translation>Cree o seleccione primero un datanet y después importe en él.</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Importar en %1</translation>
    </message>
    <message>
        <source>Datasets (*.jsonl *.json *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Conjuntos de datos (*.jsonl *.json *.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported %1: %2 added, %3 exact duplicates skipped, %4 near duplicates flagged, %5 malformed lines skipped.</source>
        <translation>Se importó %1: %2 añadidos, %3 duplicados exactos omitidos, %4 casi duplicados señalados, %5 líneas mal formadas omitidas.</translation>
    </message>
</context>
<context>
    <name>fw::ui::DeployForm</name>
    <message>
        <source>&amp;Model or adapter:</source>
        <translation>&amp;Modelo o adaptador:</translation>
    </message>
    <message>
        <source>Name on the &amp;node:</source>
        <translation>Nombre en el &amp;nodo:</translation>
    </message>
    <message>
        <source>&amp;Price (OPEN per 1,000 tokens):</source>
        <translation>&amp;Precio (OPEN por 1.000 tokens):</translation>
    </message>
    <message>
        <source>Revenue split:</source>
        <translation>Reparto de ingresos:</translation>
    </message>
    <message>
        <source>node</source>
        <translation>nodo</translation>
    </message>
    <message>
        <source>builder</source>
        <translation>creador</translation>
    </message>
    <message>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Desplegar</translation>
    </message>
    <message>
        <source>Clients put this name in the &quot;model&quot; field. Empty: the registry&apos;s name.</source>
        <translation>Los clientes ponen este nombre en el campo &quot;model&quot;. Vacío: el nombre del registro.</translation>
    </message>
    <message>
        <source>%1 (adapter)</source>
        <translation>%1 (adaptador)</translation>
    </message>
    <message>
        <source>Start the local node or pick a reachable node first.</source>
        <translation>Inicie primero el nodo local o elija un nodo accesible.</translation>
    </message>
    <message>
        <source>The registry is empty: train or import a model in ModelFactory first.</source>
        <translation>El registro está vacío: entrene o importe primero un modelo en ModelFactory.</translation>
    </message>
    <message>
        <source>The split must add up to 100 %.</source>
        <translation>El reparto debe sumar el 100 %.</translation>
    </message>
</context>
<context>
    <name>fw::ui::DeploymentTableModel</name>
    <message>
        <source>adapter</source>
        <translation>adaptador</translation>
    </message>
    <message>
        <source>base model</source>
        <translation>modelo base</translation>
    </message>
    <message>
        <source>%1 OPEN / 1k tokens</source>
        <translation>%1 OPEN / 1k tokens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifiesto</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Desplegado</translation>
    </message>
</context>
<context>
    <name>fw::ui::EarningsCharts</name>
    <message>
        <source>Earned by role, per day (OPEN)</source>
        <translation>Ganado por rol, por día (OPEN)</translation>
    </message>
    <message>
        <source>By datanet</source>
        <translation>Por datanet</translation>
    </message>
    <message>
        <source>By model</source>
        <translation>Por modelo</translation>
    </message>
    <message>
        <source>Earned by model, per day (OPEN)</source>
        <translation>Ganado por modelo, por día (OPEN)</translation>
    </message>
    <message>
        <source>Earned as data by datanet, per day (OPEN)</source>
        <translation>Ganado como datos por datanet, por día (OPEN)</translation>
    </message>
</context>
<context>
    <name>fw::ui::EarningsPage</name>
    <message>
        <source>Earnings</source>
        <translation>Ganancias</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Verify Receipts</source>
        <translation>&amp;Verificar recibos</translation>
    </message>
    <message>
        <source>Check every receipt&apos;s signature, its split and each node&apos;s hash chain.</source>
        <translation>Comprueba la firma de cada recibo, su reparto y la cadena de hashes de cada nodo.</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>E&amp;xportar CSV...</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>Top records</source>
        <translation>Mejores registros</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <source>Earned (OPEN)</source>
        <translation>Ganado (OPEN)</translation>
    </message>
    <message>
        <source>Datanet</source>
        <translation>Datanet</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Identities and their earnings</source>
        <translation>Identidades y sus ganancias</translation>
    </message>
    <message>
        <source>record %1 (not in this workspace)</source>
        <translation>registro %1 (no está en este espacio de trabajo)</translation>
    </message>
    <message>
        <source>Loading earnings...</source>
        <translation>Cargando las ganancias...</translation>
    </message>
    <message>
        <source>Open and unlock a workspace to see its earnings.</source>
        <translation>Abra y desbloquee un espacio de trabajo para ver sus ganancias.</translation>
    </message>
    <message>
        <source>No receipts yet. When a node serves a paid answer that uses this workspace&apos;s models or records, its receipt shows here.</source>
        <translation>Aún no hay recibos. Cuando un nodo sirva una respuesta de pago que use los modelos o registros de este espacio de trabajo, su recibo aparecerá aquí.</translation>
    </message>
    <message>
        <source>Verifying every receipt...</source>
        <translation>Verificando todos los recibos...</translation>
    </message>
    <message>
        <source>All %1 receipts verified: signatures, splits and the hash chains of %2 nodes.</source>
        <translation>Los %1 recibos están verificados: firmas, repartos y las cadenas de hashes de %2 nodos.</translation>
    </message>
    <message>
        <source>%1 receipts verified, then: %2</source>
        <translation>%1 recibos verificados y después: %2</translation>
    </message>
    <message>
        <source>The earnings are not loaded yet.</source>
        <translation>Las ganancias aún no se han cargado.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Export Earnings</source>
        <translation>Exportar ganancias</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2.</source>
        <translation>Se exportaron %1 filas a %2.</translation>
    </message>
    <message>
        <source>Earned %1 OPEN in %2 from %3; %4 OPEN pending.</source>
        <translation>Se ganaron %1 OPEN en %2 de %3; %4 OPEN pendientes.</translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n recibo</numerusform>
            <numerusform>%n recibos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nodo</numerusform>
            <numerusform>%n nodos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::ui::EvaluationPanel</name>
    <message>
        <source>&amp;Ask Both</source>
        <translation>&amp;Preguntar a ambos</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;Compare on Held-Out Prompts</source>
        <translation>&amp;Comparar con las indicaciones reservadas</translation>
    </message>
    <message>
        <source>Trained model to evaluate</source>
        <translation>Modelo entrenado que evaluar</translation>
    </message>
    <message>
        <source>Or type a prompt of your own</source>
        <translation>O escriba una indicación propia</translation>
    </message>
    <message>
        <source>Prompt for both models</source>
        <translation>Indicación para ambos modelos</translation>
    </message>
    <message>
        <source>Both models answer up to %1 of the prompts the run held out from training, greedily (temperature 0), at most %2 tokens each.</source>
        <translation>Ambos modelos responden hasta %1 de las indicaciones que la ejecución reservó del entrenamiento, de forma voraz (temperatura 0), con %2 tokens como máximo cada una.</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Ejecución:</translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation>(respuesta vacía)</translation>
    </message>
    <message>
        <source>(stopped)</source>
        <translation>(detenida)</translation>
    </message>
    <message>
        <source>%1 (LoRA adapter)</source>
        <translation>%1 (adaptador LoRA)</translation>
    </message>
    <message>
        <source>No trained model yet: train one on the Train tab. Imported models have no held-out split to evaluate on.</source>
        <translation>Aún no hay ningún modelo entrenado: entrene uno en la pestaña Entrenar. Los modelos importados no tienen ninguna parte reservada con la que evaluarlos.</translation>
    </message>
    <message>
        <source>Compare both models on the held-out prompts, or ask them a prompt of your own.</source>
        <translation>Compare ambos modelos con las indicaciones reservadas o hágales una pregunta propia.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>from scratch (%1 preset, no base model)</source>
        <translation>desde cero (ajuste predefinido %1, sin modelo base)</translation>
    </message>
    <message>
        <source>fine-tuned from &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>ajuste fino de &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rebuilding the run&apos;s held-out split…</source>
        <translation>Reconstruyendo la parte reservada de la ejecución…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>This run held no examples out (eval fraction %1), so there is nothing to compare on; ask a prompt of your own instead.</source>
        <translation>Esta ejecución no reservó ningún ejemplo (fracción de evaluación %1), así que no hay nada con qué comparar; haga en su lugar una pregunta propia.</translation>
    </message>
    <message>
        <source>No base model: trained from scratch (%1 preset, random weights).</source>
        <translation>Sin modelo base: entrenado desde cero (ajuste predefinido %1, pesos aleatorios).</translation>
    </message>
    <message>
        <source>No base model in the registry.</source>
        <translation>No hay ningún modelo base en el registro.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; version %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; versión %2</translation>
    </message>
    <message>
        <source>%1, %2, %3 steps&lt;br&gt;final training loss %4 · eval loss %5 · perplexity %6</source>
        <translation>%1, %2, %3 pasos&lt;br&gt;pérdida final de entrenamiento %4 · pérdida de evaluación %5 · perplejidad %6</translation>
    </message>
    <message>
        <source>&amp;Why This Answer?</source>
        <translation>¿&amp;Por qué esta respuesta?</translation>
    </message>
    <message>
        <source>Find the training records the selected fine-tuned answer comes from, with each contributor&apos;s share (span attribution).</source>
        <translation>Busca los registros de entrenamiento de los que procede la respuesta ajustada seleccionada, con la parte de cada contribuidor (atribución por fragmentos).</translation>
    </message>
    <message numerus="yes">
        <source>Both models answer %1 of the %n held-out prompt(s)…</source>
        <translation>
            <numerusform>Ambos modelos responden %1 de la %n indicación reservada…</numerusform>
            <numerusform>Ambos modelos responden %1 de las %n indicaciones reservadas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: both models answered %n prompt(s).</source>
        <translation>
            <numerusform>Hecho: ambos modelos respondieron %n indicación.</numerusform>
            <numerusform>Hecho: ambos modelos respondieron %n indicaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>This run held no examples out for evaluation, so there is nothing to compare on. Ask a prompt of your own below, or train again with a share held out (Advanced settings).</source>
        <translation>Esta ejecución no reservó ejemplos para la evaluación, así que no hay nada con lo que comparar. Haga una pregunta propia abajo, o vuelva a entrenar reservando una parte (Ajustes avanzados).</translation>
    </message>
</context>
<context>
    <name>fw::ui::EvaluationTableModel</name>
    <message>
        <source>Prompt</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <source>Fine-tuned</source>
        <translation>Con ajuste fino</translation>
    </message>
    <message>
        <source>Base model: none</source>
        <translation>Modelo base: ninguno</translation>
    </message>
    <message>
        <source>Base model: %1</source>
        <translation>Modelo base: %1</translation>
    </message>
    <message>
        <source>Trained: %1</source>
        <translation>Entrenado: %1</translation>
    </message>
    <message>
        <source>Fine-tuned: %1</source>
        <translation>Con ajuste fino: %1</translation>
    </message>
</context>
<context>
    <name>fw::ui::FeedbackPage</name>
    <message>
        <source>pairwise A/B</source>
        <translation>A/B por pares</translation>
    </message>
    <message>
        <source>rating 1-5</source>
        <translation>valoración 1-5</translation>
    </message>
    <message>
        <source>rewrite</source>
        <translation>reescritura</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>clasificación</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retroalimentación</translation>
    </message>
    <message>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <source>Feedback campaigns</source>
        <translation>Campañas de retroalimentación</translation>
    </message>
    <message>
        <source>La&amp;beler:</source>
        <translation>&amp;Etiquetador:</translation>
    </message>
    <message>
        <source>The identity that gives and signs the labels.</source>
        <translation>La identidad que pone y firma las etiquetas.</translation>
    </message>
    <message>
        <source>A feedback campaign puts prompts to two to four models and asks people which answer is better. Its labels become preference pairs, signed by each labeler, in a preference datanet. Create one with &quot;New Campaign…&quot;.</source>
        <translation>Una campaña de retroalimentación plantea indicaciones a entre dos y cuatro modelos y pregunta a las personas qué respuesta es mejor. Sus etiquetas se convierten en pares de preferencia, firmados por cada etiquetador, en un datanet de preferencias. Cree una con «Nueva campaña…».</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>Eti&amp;quetar</translation>
    </message>
    <message>
        <source>&amp;Agreement</source>
        <translation>&amp;Concordancia</translation>
    </message>
    <message>
        <source>Answers are being generated for a feedback campaign.</source>
        <translation>Se están generando respuestas para una campaña de retroalimentación.</translation>
    </message>
    <message>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>blind</source>
        <translation>a ciegas</translation>
    </message>
    <message>
        <source>models shown</source>
        <translation>modelos visibles</translation>
    </message>
    <message>
        <source>%1: %2 of %3 · %4 · labels per item: %5 · labels go to %6</source>
        <translation>%1: %2 de %3 · %4 · etiquetas por elemento: %5 · las etiquetas van a %6</translation>
    </message>
    <message>
        <source>The ML engine is still loading; answers start as soon as it is ready.</source>
        <translation>El motor de ML todavía se está cargando; las respuestas empezarán en cuanto esté listo.</translation>
    </message>
    <message>
        <source>Answers generated and cached: %1.</source>
        <translation>Respuestas generadas y guardadas en caché: %1.</translation>
    </message>
    <message>
        <source>Generating answers: %1 of %2</source>
        <translation>Generando respuestas: %1 de %2</translation>
    </message>
    <message>
        <source>S&amp;top Generating</source>
        <translation>&amp;Parar la generación</translation>
    </message>
    <message>
        <source>&amp;Generate Missing Answers</source>
        <translation>&amp;Generar las respuestas que faltan</translation>
    </message>
    <message>
        <source>Answers cached for %1 of %2 items.</source>
        <translation>Respuestas en caché para %1 de %2 elementos.</translation>
    </message>
</context>
<context>
    <name>fw::ui::FinishPage</name>
    <message>
        <source>Creating the Workspace</source>
        <translation>Creando el espacio de trabajo</translation>
    </message>
    <message>
        <source>Opening the Workspace</source>
        <translation>Abriendo el espacio de trabajo</translation>
    </message>
    <message>
        <source>Deriving the encryption key and creating the workspace. This takes a moment.</source>
        <translation>Derivando la clave de cifrado y creando el espacio de trabajo. Esto tarda un momento.</translation>
    </message>
    <message>
        <source>Deriving the encryption key and opening the workspace.</source>
        <translation>Derivando la clave de cifrado y abriendo el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Something Went Wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>%1

Go Back to change your choices; nothing you entered was lost.</source>
        <translation>%1

Vuelva Atrás para cambiar sus opciones; no se ha perdido nada de lo que escribió.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>The workspace “%1” is open. Click Finish to start working.</source>
        <translation>El espacio de trabajo «%1» está abierto. Pulse Finalizar para empezar a trabajar.</translation>
    </message>
</context>
<context>
    <name>fw::ui::FirstRunWizard</name>
    <message>
        <source>Flywheel Setup</source>
        <translation>Configuración de Flywheel</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>fw::ui::GuideDialog</name>
    <message>
        <source>Flywheel Guide</source>
        <translation>Guía de Flywheel</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The flywheel&lt;/h2&gt;&lt;p&gt;Data makes models, models earn, earnings reward the people who made the data.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Datanets&lt;/b&gt;: collect records from contributors (import JSONL, CSV or text, or add them one by one), review them, and freeze a version once the requirements are met.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ModelFactory, Train&lt;/b&gt;: pick a ready version, a base and a preset, press &lt;i&gt;Train&lt;/i&gt;. &lt;i&gt;Measure Time&lt;/i&gt; first tells how long it will take on this computer. Runs wait in a queue, one at a time.&lt;/li&gt;&lt;li&gt;&lt;b&gt;History and Evaluation&lt;/b&gt;: compare loss curves, then put the prompts the run held out to the base and the trained model side by side.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Playground&lt;/b&gt;: chat with a model, or two at once; &lt;i&gt;Why This Answer?&lt;/i&gt; shows the records behind an answer.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nodes and Wallet&lt;/b&gt;: deploy a model to a node that answers requests; each answer pays its contributors, the builder and the node, with signed receipts.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Everything stays inside the encrypted workspace; lock it when you step away.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;El ciclo de Flywheel&lt;/h2&gt;&lt;p&gt;Los datos hacen modelos, los modelos generan ingresos y los ingresos recompensan a quienes aportaron los datos.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Datanets&lt;/b&gt;: reúna registros de los contribuidores (importe JSONL, CSV o texto, o añádalos uno a uno), revíselos y congele una versión cuando se cumplan los requisitos.&lt;/li&gt;&lt;li&gt;&lt;b&gt;ModelFactory, Entrenar&lt;/b&gt;: elija una versión lista, una base y un preajuste, y pulse &lt;i&gt;Entrenar&lt;/i&gt;. &lt;i&gt;Medir el tiempo&lt;/i&gt; indica antes cuánto tardará en este equipo. Las ejecuciones esperan en una cola, de una en una.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Historial y Evaluación&lt;/b&gt;: compare las curvas de pérdida y después ponga lado a lado el modelo base y el entrenado ante las indicaciones que la ejecución reservó.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Zona de pruebas&lt;/b&gt;: converse con un modelo, o con dos a la vez; &lt;i&gt;¿Por qué esta respuesta?&lt;/i&gt; muestra los registros que hay detrás de una respuesta.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nodos y Cartera&lt;/b&gt;: despliegue un modelo en un nodo que responde solicitudes; cada respuesta paga a sus contribuidores, a quien creó el modelo y al nodo, con recibos firmados.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Todo queda dentro del espacio de trabajo cifrado; bloquéelo cuando se ausente.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Atajos de teclado&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This guide</source>
        <translation>Esta guía</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Open a workspace</source>
        <translation>Abrir un espacio de trabajo</translation>
    </message>
    <message>
        <source>Lock the workspace</source>
        <translation>Bloquear el espacio de trabajo</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Approve, reject or flag the selected records (Records tab)</source>
        <translation>Aprobar, rechazar o marcar los registros seleccionados (pestaña Registros)</translation>
    </message>
    <message>
        <source>Undo the last review decision (Records tab)</source>
        <translation>Deshacer la última decisión de revisión (pestaña Registros)</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>Press a button or focus a field, e.g. Alt+T for Train</source>
        <translation>Pulsar un botón o ir a un campo, p. ej. Alt+T para Entrenar</translation>
    </message>
    <message>
        <source>Send the message (Playground)</source>
        <translation>Enviar el mensaje (Zona de pruebas)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Move the selected waiting run earlier or later (training queue)</source>
        <translation>Adelantar o retrasar la ejecución en espera seleccionada (cola de entrenamiento)</translation>
    </message>
    <message>
        <source>Take the selected run out of the training queue</source>
        <translation>Sacar la ejecución seleccionada de la cola de entrenamiento</translation>
    </message>
</context>
<context>
    <name>fw::ui::IdentityDetails</name>
    <message>
        <source>No identity selected</source>
        <translation>Ninguna identidad seleccionada</translation>
    </message>
    <message>
        <source>Address copied to the clipboard.</source>
        <translation>Dirección copiada al portapapeles.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the address to the clipboard</source>
        <translation>Copiar la dirección al portapapeles</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copiar dirección</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>fw::ui::IdentityEarningsModel</name>
    <message>
        <source>This workspace keeps no node journal, so no balance is known here.</source>
        <translation>Este espacio de trabajo no lleva diario de nodo, así que aquí no se conoce ningún saldo.</translation>
    </message>
    <message>
        <source>Earned on receipts another node signed, not yet paid out to this identity.</source>
        <translation>Ganado en recibos firmados por otro nodo, aún no pagado a esta identidad.</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Earned (OPEN)</source>
        <translation>Ganado (OPEN)</translation>
    </message>
    <message>
        <source>Balance (OPEN)</source>
        <translation>Saldo (OPEN)</translation>
    </message>
    <message>
        <source>Pending (OPEN)</source>
        <translation>Pendiente (OPEN)</translation>
    </message>
</context>
<context>
    <name>fw::ui::IdentityPage</name>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Restore Your Wallet</source>
        <translation>Restaurar su cartera</translation>
    </message>
    <message>
        <source>Your Identity</source>
        <translation>Su identidad</translation>
    </message>
    <message>
        <source>Enter your 24 recovery words; the same words always give the same address.</source>
        <translation>Escriba sus 24 palabras de recuperación; las mismas palabras dan siempre la misma dirección.</translation>
    </message>
    <message>
        <source>An identity signs your contributions and receives your earnings. You can add more identities later.</source>
        <translation>Una identidad firma sus aportaciones y recibe sus ganancias. Puede añadir más identidades después.</translation>
    </message>
    <message>
        <source>Identity &amp;name:</source>
        <translation>&amp;Nombre de la identidad:</translation>
    </message>
    <message>
        <source>Identity name</source>
        <translation>Nombre de la identidad</translation>
    </message>
    <message>
        <source>Recovery words (you can paste all 24 into the first field):</source>
        <translation>Palabras de recuperación (puede pegar las 24 en el primer campo):</translation>
    </message>
</context>
<context>
    <name>fw::ui::IdentityTableModel</name>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>External (no key)</source>
        <translation>Externa (sin clave)</translation>
    </message>
</context>
<context>
    <name>fw::ui::ImportDialog</name>
    <message>
        <source>Alpaca JSONL (instruction, input, output)</source>
        <translation>JSONL de Alpaca (instruction, input, output)</translation>
    </message>
    <message>
        <source>ShareGPT JSONL (conversations)</source>
        <translation>JSONL de ShareGPT (conversations)</translation>
    </message>
    <message>
        <source>OpenAI chat JSONL (messages)</source>
        <translation>JSONL de chat de OpenAI (messages)</translation>
    </message>
    <message>
        <source>Preference pairs JSONL (prompt, chosen, rejected)</source>
        <translation>JSONL de pares de preferencias (prompt, chosen, rejected)</translation>
    </message>
    <message>
        <source>Text JSONL (text)</source>
        <translation>JSONL de texto (text)</translation>
    </message>
    <message>
        <source>CSV with a header row</source>
        <translation>CSV con fila de cabecera</translation>
    </message>
    <message>
        <source>Plain text (paragraphs)</source>
        <translation>Texto plano (párrafos)</translation>
    </message>
    <message>
        <source>Import into %1</source>
        <translation>Importar en %1</translation>
    </message>
    <message>
        <source>File: &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Archivo: &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>Detect: %1</source>
        <translation>Detectar: %1</translation>
    </message>
    <message>
        <source>Detect (not recognised)</source>
        <translation>Detectar (no reconocido)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <source>Contributor identity</source>
        <translation>Identidad del colaborador</translation>
    </message>
    <message>
        <source>Skip malformed lines (otherwise one bad line refuses the whole file)</source>
        <translation>Omitir las líneas mal formadas (si no, una sola línea errónea hace rechazar todo el archivo)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Signed by:</source>
        <translation>Fir&amp;mado por:</translation>
    </message>
    <message>
        <source>CSV columns</source>
        <translation>Columnas CSV</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Columna para %1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Preview of the first records</source>
        <translation>Vista previa de los primeros registros</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Preview (first records of the file):</source>
        <translation>Vista previa (primeros registros del archivo):</translation>
    </message>
    <message>
        <source>%1 (%2…)</source>
        <translation>%1 (%2…)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>The format was not recognised (%1). Choose it above.</source>
        <translation>No se reconoció el formato (%1). Elíjalo arriba.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>Mal formado</translation>
    </message>
    <message>
        <source>Choose the file&apos;s format first.</source>
        <translation>Elija primero el formato del archivo.</translation>
    </message>
    <message>
        <source>This workspace has no identity to sign the contribution with.</source>
        <translation>Este espacio de trabajo no tiene ninguna identidad con la que firmar la aportación.</translation>
    </message>
    <message>
        <source>Imported. Indexing for search: %1 of %2 records</source>
        <translation>Importado. Indexando para la búsqueda: %1 de %2 registros</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>%1 records read</source>
        <translation>%1 registros leídos</translation>
    </message>
    <message>
        <source>, %1 malformed</source>
        <translation>, %1 mal formados</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · quedan unos %1</translation>
    </message>
    <message>
        <source>Import cancelled; the datanet is unchanged.</source>
        <translation>Importación cancelada; el datanet no ha cambiado.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>No se importó nada. %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>fw::ui::ImportModelDialog</name>
    <message>
        <source>Architecture:</source>
        <translation>Arquitectura:</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>Parámetros:</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Capas:</translation>
    </message>
    <message>
        <source>Hidden size:</source>
        <translation>Tamaño oculto:</translation>
    </message>
    <message>
        <source>Attention heads:</source>
        <translation>Cabezas de atención:</translation>
    </message>
    <message>
        <source>Vocabulary:</source>
        <translation>Vocabulario:</translation>
    </message>
    <message>
        <source>Context:</source>
        <translation>Contexto:</translation>
    </message>
    <message>
        <source>Tokenizer:</source>
        <translation>Tokenizador:</translation>
    </message>
    <message>
        <source>Chat template:</source>
        <translation>Plantilla de chat:</translation>
    </message>
    <message>
        <source>Size on disk:</source>
        <translation>Tamaño en disco:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Archivos:</translation>
    </message>
    <message>
        <source>%1 (%2 key/value heads)</source>
        <translation>%1 (%2 cabezas de clave/valor)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no (chats use ChatML)</source>
        <translation>no (los chats usan ChatML)</translation>
    </message>
    <message>
        <source>Import a Hugging Face Model</source>
        <translation>Importar un modelo de Hugging Face</translation>
    </message>
    <message>
        <source>Choose a model folder in Hugging Face layout: config.json, the weights as .safetensors, and tokenizer.json or tokenizer.model. The whole model is loaded once to check it; only its own files are stored, encrypted, in the workspace.</source>
        <translation>Elija una carpeta de modelo con formato Hugging Face: config.json, los pesos como .safetensors y tokenizer.json o tokenizer.model. El modelo completo se carga una vez para comprobarlo; solo se guardan sus propios archivos, cifrados, en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Folder holding config.json</source>
        <translation>Carpeta que contiene config.json</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Choose a Hugging Face Model Folder</source>
        <translation>Elegir una carpeta de modelo de Hugging Face</translation>
    </message>
    <message>
        <source>What the folder holds</source>
        <translation>Contenido de la carpeta</translation>
    </message>
    <message>
        <source>Enter a name for the model.</source>
        <translation>Escriba un nombre para el modelo.</translation>
    </message>
    <message>
        <source>Open and unlock a workspace first.</source>
        <translation>Abra y desbloquee primero un espacio de trabajo.</translation>
    </message>
    <message>
        <source>A model named &quot;%1&quot; already exists in this workspace; choose another name.</source>
        <translation>Ya existe un modelo llamado «%1» en este espacio de trabajo; elija otro nombre.</translation>
    </message>
    <message>
        <source>Importing &quot;%1&quot;: storing %2 in the workspace…</source>
        <translation>Importando «%1»: guardando %2 en el espacio de trabajo…</translation>
    </message>
    <message>
        <source>The ML engine is not available, so the folder cannot be checked.</source>
        <translation>El motor de ML no está disponible, así que no se puede comprobar la carpeta.</translation>
    </message>
    <message>
        <source>Loading the ML engine…</source>
        <translation>Cargando el motor de ML…</translation>
    </message>
    <message>
        <source>The ML engine could not be loaded: %1</source>
        <translation>No se pudo cargar el motor de ML: %1</translation>
    </message>
    <message>
        <source>Choose a model folder.</source>
        <translation>Elija una carpeta de modelo.</translation>
    </message>
    <message>
        <source>Checking %1… (the whole model is loaded; big models take a while)</source>
        <translation>Comprobando %1… (se carga el modelo completo; los modelos grandes tardan un rato)</translation>
    </message>
    <message>
        <source>Ready to import: the files above (%1) will be stored, encrypted, in the workspace.</source>
        <translation>Listo para importar: los archivos de arriba (%1) se guardarán, cifrados, en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se importó nada: %1</translation>
    </message>
    <message>
        <source>The import is still running; it cannot be stopped halfway.</source>
        <translation>La importación sigue en curso; no se puede detener a medias.</translation>
    </message>
</context>
<context>
    <name>fw::ui::JudgementPanel</name>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>fw::ui::LabelingView</name>
    <message>
        <source>you called it a tie</source>
        <translation>lo consideró un empate</translation>
    </message>
    <message>
        <source>you found both bad</source>
        <translation>le parecieron malas las dos</translation>
    </message>
    <message>
        <source>you preferred %1</source>
        <translation>prefirió %1</translation>
    </message>
    <message>
        <source>your ratings are saved</source>
        <translation>sus valoraciones se han guardado</translation>
    </message>
    <message>
        <source>your rewrite replaces %1&apos;s answer</source>
        <translation>su reescritura sustituye la respuesta de %1</translation>
    </message>
    <message>
        <source>you ranked %1 first</source>
        <translation>clasificó %1 en primer lugar</translation>
    </message>
    <message>
        <source>Submit (Enter)</source>
        <translation>Enviar (Enter)</translation>
    </message>
    <message>
        <source>&amp;Skip (Backspace)</source>
        <translation>&amp;Saltar (Backspace)</translation>
    </message>
    <message>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>&amp;Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Open Datanet</source>
        <translation>&amp;Abrir datanet</translation>
    </message>
    <message>
        <source>Labeling progress</source>
        <translation>Progreso del etiquetado</translation>
    </message>
    <message>
        <source>Show %1 on the Datanets page</source>
        <translation>Mostrar %1 en la página Datanets</translation>
    </message>
    <message>
        <source> · %1 labels/s</source>
        <translation> · %1 etiquetas/s</translation>
    </message>
    <message>
        <source>%1 of %2 labeled · %3 left</source>
        <translation>%1 de %2 etiquetados · quedan %3</translation>
    </message>
    <message>
        <source>%1 pairs added to %2 as signed contributions.</source>
        <translation>Se añadieron %1 pares a %2 como aportaciones firmadas.</translation>
    </message>
    <message>
        <source>Labels go to %1 as signed contributions of the labeler.</source>
        <translation>Las etiquetas van a %1 como aportaciones firmadas del etiquetador.</translation>
    </message>
    <message>
        <source>Choose a campaign and a labeler.</source>
        <translation>Elija una campaña y un etiquetador.</translation>
    </message>
    <message>
        <source>Loading the campaign…</source>
        <translation>Cargando la campaña…</translation>
    </message>
    <message>
        <source>Waiting for answers: %1 of %2 items are answered so far. Items appear here as soon as their answers are ready.</source>
        <translation>Esperando respuestas: hasta ahora hay %1 de %2 elementos respondidos. Los elementos aparecen aquí en cuanto sus respuestas están listas.</translation>
    </message>
    <message>
        <source>Nothing left for you to label in this campaign. Thank you! The Agreement tab shows how the labelers agree.</source>
        <translation>No le queda nada por etiquetar en esta campaña. ¡Gracias! La pestaña Concordancia muestra en qué medida coinciden los etiquetadores.</translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation>%1 era %2</translation>
    </message>
    <message>
        <source>Last item: %1; %2.</source>
        <translation>Último elemento: %1; %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Make a choice first: %1</source>
        <translation>Elija primero: %1</translation>
    </message>
</context>
<context>
    <name>fw::ui::LocalNode</name>
    <message>
        <source>The local node crashed.</source>
        <translation>El nodo local se ha bloqueado.</translation>
    </message>
    <message>
        <source>The local node exited (code %1).</source>
        <translation>El nodo local terminó (código %1).</translation>
    </message>
    <message>
        <source>flywheel-node could not be started from %1.</source>
        <translation>No se pudo iniciar flywheel-node desde %1.</translation>
    </message>
</context>
<context>
    <name>fw::ui::LocationPage</name>
    <message>
        <source>My workspace</source>
        <translation>Mi espacio de trabajo</translation>
    </message>
    <message>
        <source>My workspace %1</source>
        <translation>Mi espacio de trabajo %1</translation>
    </message>
    <message>
        <source>Choose a Parent Folder</source>
        <translation>Elegir una carpeta contenedora</translation>
    </message>
    <message>
        <source>A workspace already exists in this folder. Choose another folder or open it instead.</source>
        <translation>Ya existe un espacio de trabajo en esta carpeta. Elija otra carpeta o ábralo.</translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation>Esto es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>Workspace Folder</source>
        <translation>Carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>Everything in the folder is encrypted except a small header with the key settings.</source>
        <translation>Todo en la carpeta está cifrado salvo una pequeña cabecera con los ajustes de la clave.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Nombre del espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Carpeta del espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>fw::ui::LockScreen</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frase de contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Workspace “%1” is locked</source>
        <translation>El espacio de trabajo «%1» está bloqueado</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>Frase de contraseña del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
</context>
<context>
    <name>fw::ui::MainWindow</name>
    <message>
        <source>%1 — Flywheel</source>
        <translation>%1 — Flywheel</translation>
    </message>
    <message>
        <source>Flywheel</source>
        <translation>Flywheel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Flywheel</source>
        <translation>&amp;Acerca de Flywheel</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Quit Flywheel</source>
        <translation>Salir de Flywheel</translation>
    </message>
    <message>
        <source>%1

Quit anyway? It will be stopped.</source>
        <translation>%1

¿Salir de todos modos? Se detendrá.</translation>
    </message>
    <message>
        <source>&amp;Guide and Shortcuts</source>
        <translation>&amp;Guía y atajos</translation>
    </message>
</context>
<context>
    <name>fw::ui::MlEngine</name>
    <message>
        <source>ML engine unavailable</source>
        <translation>Motor de ML no disponible</translation>
    </message>
    <message>
        <source>Loading ML engine…</source>
        <translation>Cargando el motor de ML…</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>The thread count could not be measured: %1</source>
        <translation>No se pudo medir el número de hilos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s): %1 ms a step</source>
        <translation>
            <numerusform>%n hilo: %1 ms por paso</numerusform>
            <numerusform>%n hilos: %1 ms por paso</numerusform>
        </translation>
    </message>
    <message>
        <source>Measured on a small training run: %1.</source>
        <translation>Medido en una pequeña ejecución de entrenamiento: %1.</translation>
    </message>
    <message>
        <source> Other programs kept the CPU busy meanwhile, so it will be measured again next time.</source>
        <translation> Otros programas mantuvieron ocupada la CPU mientras tanto, así que se volverá a medir la próxima vez.</translation>
    </message>
    <message>
        <source>Finding the fastest thread count…</source>
        <translation>Buscando el número de hilos más rápido…</translation>
    </message>
    <message>
        <source>%1 (fastest here, measured)</source>
        <translation>%1 (el más rápido aquí, medido)</translation>
    </message>
    <message>
        <source>Chosen in Settings.</source>
        <translation>Elegido en Ajustes.</translation>
    </message>
    <message>
        <source>One thread until this machine is measured.</source>
        <translation>Un hilo hasta que se mida este equipo.</translation>
    </message>
</context>
<context>
    <name>fw::ui::MnemonicEntry</name>
    <message>
        <source>Not in the word list</source>
        <translation>No está en la lista de palabras</translation>
    </message>
    <message>
        <source>Word %1 (&quot;%2&quot;) is not in the word list.</source>
        <translation>La palabra %1 («%2») no está en la lista de palabras.</translation>
    </message>
    <message>
        <source>%1 of %2 words entered.</source>
        <translation>%1 de %2 palabras escritas.</translation>
    </message>
    <message>
        <source>All %1 words are valid and the checksum matches.</source>
        <translation>Las %1 palabras son válidas y la suma de comprobación coincide.</translation>
    </message>
    <message>
        <source>Word %1</source>
        <translation>Palabra %1</translation>
    </message>
</context>
<context>
    <name>fw::ui::ModelFactoryPage</name>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Zona de pruebas</translation>
    </message>
    <message>
        <source>New training run</source>
        <translation>Nueva ejecución de entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>En&amp;trenar</translation>
    </message>
    <message>
        <source>Training monitor</source>
        <translation>Monitor de entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <source>ModelFactory</source>
        <translation>ModelFactory</translation>
    </message>
    <message>
        <source>The training run &quot;%1&quot; is in progress.</source>
        <translation>La ejecución de entrenamiento «%1» está en curso.</translation>
    </message>
    <message numerus="yes">
        <source>The training run &quot;%1&quot; is in progress and %n more wait(s).</source>
        <translation>
            <numerusform>La ejecución de entrenamiento «%1» está en curso y %n más espera.</numerusform>
            <numerusform>La ejecución de entrenamiento «%1» está en curso y %n más esperan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ML engine could not be loaded: %1</source>
        <translation>No se pudo cargar el motor de ML: %1</translation>
    </message>
    <message>
        <source>The ML engine is still loading.</source>
        <translation>El motor de ML todavía se está cargando.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <source>Queued &quot;%1&quot;; it starts when the current run ends.</source>
        <translation>«%1» en cola; empezará cuando termine la ejecución actual.</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 con %3</translation>
    </message>
    <message>
        <source>Preparing &quot;%1&quot;…</source>
        <translation>Preparando «%1»…</translation>
    </message>
    <message numerus="yes">
        <source>Training on %n example(s) of version %1.</source>
        <translation>
            <numerusform>Entrenando con %n ejemplo de la versión %1.</numerusform>
            <numerusform>Entrenando con %n ejemplos de la versión %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Reanudado.</translation>
    </message>
    <message>
        <source> Eval loss %1, perplexity %2.</source>
        <translation> Pérdida de evaluación %1, perplejidad %2.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>La ejecución falló: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation>Reanudar ejecución</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>The training run &quot;%1&quot; was interrupted at step %2 of %3. Resume it from its last checkpoint (step %4)?</source>
        <translation>La ejecución de entrenamiento «%1» se interrumpió en el paso %2 de %3. ¿Reanudarla desde su último punto de control (paso %4)?</translation>
    </message>
    <message>
        <source>The run &quot;%1&quot; has no checkpoint to resume from.</source>
        <translation>La ejecución «%1» no tiene ningún punto de control desde el que reanudarla.</translation>
    </message>
    <message>
        <source>Could not measure the time: %1</source>
        <translation>No se pudo medir el tiempo: %1</translation>
    </message>
    <message>
        <source>Resuming &quot;%1&quot; from its checkpoint at step %2…</source>
        <translation>Reanudando «%1» desde su punto de control del paso %2…</translation>
    </message>
    <message>
        <source>Re&amp;move from Queue</source>
        <translation>&amp;Quitar de la cola</translation>
    </message>
    <message>
        <source>Takes the selected waiting run out of the queue; nothing of it has trained yet.</source>
        <translation>Saca de la cola la ejecución en espera seleccionada; aún no ha entrenado nada.</translation>
    </message>
    <message>
        <source>Runs waiting to train</source>
        <translation>Ejecuciones en espera de entrenar</translation>
    </message>
    <message>
        <source>Training monitor · paused</source>
        <translation>Monitor de entrenamiento · en pausa</translation>
    </message>
    <message>
        <source>%1 · resumes from its checkpoint</source>
        <translation>%1 · se reanuda desde su punto de control</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 on %3 · %n step(s)</source>
        <translation>
            <numerusform>%1 · %2 con %3 · %n paso</numerusform>
            <numerusform>%1 · %2 con %3 · %n pasos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Waiting to train (%1), in order:</source>
        <translation>En espera de entrenar (%1), en or&amp;den:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is taken, so this run makes &quot;%2&quot;.</source>
        <translation>«%1» ya existe, así que esta ejecución crea «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; waits for the current run.</source>
        <translation>«%1» espera a la ejecución actual.</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot; from the queue.</source>
        <translation>Se quitó «%1» de la cola.</translation>
    </message>
    <message>
        <source> Held-out accuracy %1 %.</source>
        <translation> Precisión en los datos reservados: %1 %.</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot; at step %2 of %3?</source>
        <translation>¿Cancelar «%1» en el paso %2 de %3?</translation>
    </message>
    <message>
        <source>No model is made. The steps trained so far are kept as a checkpoint: resume the run later from the History tab.</source>
        <translation>No se crea ningún modelo. Los pasos entrenados hasta ahora se guardan como punto de control: reanude la ejecución más tarde desde la pestaña Historial.</translation>
    </message>
    <message>
        <source>Cancel Run</source>
        <translation>Cancelar ejecución</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>The selected run trains earlier (Ctrl+Up).</source>
        <translation>La ejecución seleccionada entrena antes (Ctrl+Up).</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>The selected run trains later (Ctrl+Down).</source>
        <translation>La ejecución seleccionada entrena después (Ctrl+Down).</translation>
    </message>
    <message>
        <source>Preparing &quot;%1&quot; on %2 machines; waiting for the others at %3…</source>
        <translation>Preparando «%1» en %2 máquinas; esperando a las demás en %3…</translation>
    </message>
    <message>
        <source>Preparing attribution for &quot;%1&quot; (span index, then gradient store)…</source>
        <translation>Preparando la atribución de «%1» (índice de fragmentos y después almacén de gradientes)…</translation>
    </message>
    <message>
        <source>Preparing attribution for &quot;%1&quot; (span index)…</source>
        <translation>Preparando la atribución de «%1» (índice de fragmentos)…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ready: final loss %2 after %3 s in %4.</source>
        <translation>«%1» está listo: pérdida final %2 tras %3 s en %4.</translation>
    </message>
</context>
<context>
    <name>fw::ui::ModelRegistryPanel</name>
    <message>
        <source>Models and adapters</source>
        <translation>Modelos y adaptadores</translation>
    </message>
    <message>
        <source>&amp;Import from Hugging Face…</source>
        <translation>&amp;Importar de Hugging Face…</translation>
    </message>
    <message>
        <source>Adds a Llama-family model folder (config.json, safetensors, tokenizer) to this workspace.</source>
        <translation>Añade a este espacio de trabajo una carpeta de modelo de la familia Llama (config.json, safetensors, tokenizador).</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Ren&amp;ombrar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Imported %1; it is now a base for new runs and in the Playground.</source>
        <translation>Se importó %1; ahora sirve de base para nuevas ejecuciones y está en la Zona de pruebas.</translation>
    </message>
    <message>
        <source>Export the Adapter (PEFT layout) to…</source>
        <translation>Exportar el adaptador (formato PEFT) a…</translation>
    </message>
    <message>
        <source>Export the Model (Hugging Face layout) to…</source>
        <translation>Exportar el modelo (formato Hugging Face) a…</translation>
    </message>
    <message>
        <source>%1 already exists; choose another folder.</source>
        <translation>%1 ya existe; elija otra carpeta.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot;:</source>
        <translation>Nuevo nombre para «%1»:</translation>
    </message>
    <message>
        <source>Renamed %1 to %2.</source>
        <translation>%1 se ha renombrado a %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the base of the queued or running run(s) %2; remove them from the queue or let them finish first.</source>
        <translation>«%1» es la base de las ejecuciones en cola o en curso %2; quítelas de la cola o deje que terminen primero.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from this workspace? This cannot be undone.</source>
        <translation>¿Eliminar «%1» de este espacio de trabajo? No se puede deshacer.</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>Se eliminó %1.</translation>
    </message>
</context>
<context>
    <name>fw::ui::ModelTableModel</name>
    <message>
        <source>imported from %1</source>
        <translation>importado de %1</translation>
    </message>
    <message>
        <source>%1 from scratch</source>
        <translation>%1 desde cero</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>sobre %1</translation>
    </message>
    <message>
        <source>LoRA adapter</source>
        <translation>Adaptador LoRA</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Built from</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation>Pérdida final</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source> · run %1</source>
        <translation> · ejecución %1</translation>
    </message>
    <message>
        <source>DPO %1</source>
        <translation>DPO %1</translation>
    </message>
    <message>
        <source>reward model %1</source>
        <translation>modelo de recompensa %1</translation>
    </message>
</context>
<context>
    <name>fw::ui::NewCampaignDialog</name>
    <message>
        <source>New Feedback Campaign</source>
        <translation>Nueva campaña de retroalimentación</translation>
    </message>
    <message>
        <source>e.g. tuned vs base, March</source>
        <translation>p. ej. ajustado frente a base, marzo</translation>
    </message>
    <message>
        <source>Pairwise A/B (two models)</source>
        <translation>A/B por pares (dos modelos)</translation>
    </message>
    <message>
        <source>Rating 1-5 with flags (one to four models)</source>
        <translation>Valoración 1-5 con marcas (de uno a cuatro modelos)</translation>
    </message>
    <message>
        <source>Rewrite into a better answer (one to four models)</source>
        <translation>Reescritura en una respuesta mejor (de uno a cuatro modelos)</translation>
    </message>
    <message>
        <source>Ranking (two to four models)</source>
        <translation>Clasificación (de dos a cuatro modelos)</translation>
    </message>
    <message>
        <source>The registered models and adapters that answer the prompts.</source>
        <translation>Los modelos y adaptadores registrados que responden a las indicaciones.</translation>
    </message>
    <message>
        <source>Typed prompts</source>
        <translation>Indicaciones escritas</translation>
    </message>
    <message>
        <source>A datanet version&apos;s prompts</source>
        <translation>Las indicaciones de una versión de datanet</translation>
    </message>
    <message>
        <source>A trained model&apos;s held-out prompts</source>
        <translation>Las indicaciones reservadas de un modelo entrenado</translation>
    </message>
    <message>
        <source>One prompt a line</source>
        <translation>Una indicación por línea</translation>
    </message>
    <message>
        <source>Labels wanted per item, each from a different labeler.</source>
        <translation>Etiquetas deseadas por elemento, cada una de un etiquetador distinto.</translation>
    </message>
    <message>
        <source>&amp;Blind: shuffle the answers per item and name the models only after each submit</source>
        <translation>&amp;A ciegas: barajar las respuestas de cada elemento y nombrar los modelos solo después de cada envío</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>M&amp;odo:</translation>
    </message>
    <message>
        <source>Mo&amp;dels:</source>
        <translation>Mo&amp;delos:</translation>
    </message>
    <message>
        <source>&amp;Prompts from:</source>
        <translation>&amp;Indicaciones de:</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Como &amp;máximo:</translation>
    </message>
    <message>
        <source>&amp;Labels go to:</source>
        <translation>&amp;Las etiquetas van a:</translation>
    </message>
    <message>
        <source>Labels per &amp;item:</source>
        <translation>&amp;Etiquetas por elemento:</translation>
    </message>
    <message>
        <source>&amp;Create and Generate Answers</source>
        <translation>C&amp;rear y generar respuestas</translation>
    </message>
    <message>
        <source>%1 (latest version)</source>
        <translation>%1 (última versión)</translation>
    </message>
    <message>
        <source>Labels go into a preference datanet: create one on the Datanets page first.</source>
        <translation>Las etiquetas van a un datanet de preferencias: cree uno antes en la página Datanets.</translation>
    </message>
    <message>
        <source>Reading the prompts and creating the campaign…</source>
        <translation>Leyendo los prompts y creando la campaña…</translation>
    </message>
</context>
<context>
    <name>fw::ui::NewDatanetDialog</name>
    <message>
        <source>New Datanet</source>
        <translation>Nuevo datanet</translation>
    </message>
    <message>
        <source>e.g. world-capitals</source>
        <translation>p. ej. capitales-del-mundo</translation>
    </message>
    <message>
        <source>e.g. geography</source>
        <translation>p. ej. geografía</translation>
    </message>
    <message>
        <source>The kind decides the record editor, the importers and how training uses the records.</source>
        <translation>El tipo determina el editor de registros, los importadores y cómo usa los registros el entrenamiento.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>&amp;License:</source>
        <translation>&amp;Licencia:</translation>
    </message>
    <message>
        <source>Record &amp;kind:</source>
        <translation>&amp;Tipo de registro:</translation>
    </message>
    <message>
        <source>Requirements for training</source>
        <translation>Requisitos para el entrenamiento</translation>
    </message>
</context>
<context>
    <name>fw::ui::NewRunForm</name>
    <message>
        <source>nano: about 1M parameters, from scratch (seconds per hundred steps)</source>
        <translation>nano: unos 1M de parámetros, desde cero (segundos por cien pasos)</translation>
    </message>
    <message>
        <source>micro: about 6M parameters, from scratch</source>
        <translation>micro: unos 6M de parámetros, desde cero</translation>
    </message>
    <message>
        <source>mini: about 25M parameters, from scratch (a GPU helps)</source>
        <translation>mini: unos 25M de parámetros, desde cero (conviene una GPU)</translation>
    </message>
    <message>
        <source>Datanet version to train on</source>
        <translation>Versión del datanet con la que entrenar</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Modelo base</translation>
    </message>
    <message>
        <source>LoRA adapter (small, base stays untouched)</source>
        <translation>Adaptador LoRA (pequeño, la base no se modifica)</translation>
    </message>
    <message>
        <source>Full fine-tuning (every weight)</source>
        <translation>Ajuste fino completo (todos los pesos)</translation>
    </message>
    <message>
        <source>Quick</source>
        <translation>Rápido</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Equilibrado</translation>
    </message>
    <message>
        <source>Thorough</source>
        <translation>Exhaustivo</translation>
    </message>
    <message>
        <source>Sets the number of steps and the learning rate; Advanced shows every value.</source>
        <translation>Fija el número de pasos y la tasa de aprendizaje; los ajustes avanzados muestran todos los valores.</translation>
    </message>
    <message>
        <source>Name of the new model</source>
        <translation>Nombre del nuevo modelo</translation>
    </message>
    <message>
        <source>&amp;Data:</source>
        <translation>&amp;Datos:</translation>
    </message>
    <message>
        <source>&amp;Base:</source>
        <translation>&amp;Base:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>A&amp;juste predefinido:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Show &amp;advanced settings</source>
        <translation>Mostrar ajustes a&amp;vanzados</translation>
    </message>
    <message>
        <source>No version yet: freeze one on the Datanets page.</source>
        <translation>Aún no hay ninguna versión: congele una en la página Datanets.</translation>
    </message>
    <message>
        <source>%1 (registered model)</source>
        <translation>%1 (modelo registrado)</translation>
    </message>
    <message>
        <source>No datanet has a frozen version to train on yet.</source>
        <translation>Todavía ningún datanet tiene una versión congelada con la que entrenar.</translation>
    </message>
    <message>
        <source>Choose a datanet with a ready version (freeze one on the Datanets page).</source>
        <translation>Elija un datanet con una versión lista (congele una en la página Datanets).</translation>
    </message>
    <message>
        <source>Give the new model a name.</source>
        <translation>Dé un nombre al nuevo modelo.</translation>
    </message>
    <message>
        <source>Memory needed: unknown for this base.</source>
        <translation>Memoria necesaria: desconocida para esta base.</translation>
    </message>
    <message>
        <source>Needs about %1 while training (weights %2, gradients %3, optimizer %4, activations %5).</source>
        <translation>Necesita unos %1 durante el entrenamiento (pesos %2, gradientes %3, optimizador %4, activaciones %5).</translation>
    </message>
    <message>
        <source> This machine has only %1 free: the run will likely fail; lower the batch size or the sequence length, or use LoRA.</source>
        <translation> Este equipo solo tiene %1 libres: es probable que la ejecución falle; reduzca el tamaño de lote o la longitud de secuencia, o use LoRA.</translation>
    </message>
    <message>
        <source> This machine has %1 free.</source>
        <translation> Este equipo tiene %1 libres.</translation>
    </message>
    <message>
        <source>Frozen version of the datanet</source>
        <translation>Versión congelada del datanet</translation>
    </message>
    <message>
        <source>Other datanets to train on as well</source>
        <translation>Otros datanets con los que entrenar también</translation>
    </message>
    <message>
        <source>Tick other datanets to train on their newest ready version too; the examples of every ticked version are trained on together.</source>
        <translation>Marque otros datanets para entrenar también con su versión lista más reciente; los ejemplos de todas las versiones marcadas se entrenan juntos.</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>Ve&amp;rsión:</translation>
    </message>
    <message>
        <source>Also &amp;train on:</source>
        <translation>En&amp;trenar también con:</translation>
    </message>
    <message>
        <source>&amp;Measure Time</source>
        <translation>Medir &amp;el tiempo</translation>
    </message>
    <message>
        <source>Runs the first few steps of this run on this machine to time them; nothing is saved.</source>
        <translation>Realiza los primeros pasos de esta ejecución en este equipo para cronometrarlos; no se guarda nada.</translation>
    </message>
    <message>
        <source>Has a ready version to train on.</source>
        <translation>Tiene una versión lista con la que entrenar.</translation>
    </message>
    <message>
        <source>Not ready: no version met the datanet&apos;s requirements when it was frozen. Review more records and freeze again.</source>
        <translation>No está listo: ninguna versión cumplía los requisitos del datanet cuando se congeló. Revise más registros y vuelva a congelar.</translation>
    </message>
    <message>
        <source>%1 · no version yet</source>
        <translation>%1 · aún sin versiones</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n version(s)</source>
        <translation>
            <numerusform>%1 · %n versión</numerusform>
            <numerusform>%1 · %n versiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n record(s) · %2</source>
        <translation>
            <numerusform>%1 · %n registro · %2</numerusform>
            <numerusform>%1 · %n registros · %2</numerusform>
        </translation>
    </message>
    <message>
        <source> (newest)</source>
        <translation> (más reciente)</translation>
    </message>
    <message>
        <source>Ready: this version meets the datanet&apos;s requirements.</source>
        <translation>Lista: esta versión cumple los requisitos del datanet.</translation>
    </message>
    <message>
        <source>Not ready: this version did not meet the datanet&apos;s requirements when it was frozen.</source>
        <translation>No está lista: esta versión no cumplía los requisitos del datanet cuando se congeló.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n record(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n registro</numerusform>
            <numerusform>%1 · %2 · %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>Its newest ready version, %1.</source>
        <translation>Su versión lista más reciente, %1.</translation>
    </message>
    <message>
        <source>Split: all %1 examples train; none held out for evaluation (see Advanced).</source>
        <translation>Reparto: los %1 ejemplos se usan para entrenar; no se reserva ninguno para evaluación (vea los ajustes avanzados).</translation>
    </message>
    <message>
        <source>Split: %1 examples train, %2 held out for evaluation.</source>
        <translation>Reparto: %1 ejemplos para entrenar, %2 reservados para evaluación.</translation>
    </message>
    <message>
        <source>Measuring the first steps on this machine…</source>
        <translation>Midiendo los primeros pasos en este equipo…</translation>
    </message>
    <message>
        <source>Time: not measured yet for these settings.</source>
        <translation>Tiempo: aún sin medir con estos ajustes.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>About %1 on this machine: %2 steps at %3 ms each, plus %4 to prepare (measured).</source>
        <translation>Unos %1 en este equipo: %2 pasos de %3 ms cada uno, más %4 de preparación (medido).</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>&amp;Objetivo:</translation>
    </message>
    <message>
        <source>Supervised fine-tuning (learn the answers)</source>
        <translation>Ajuste fino supervisado (aprende las respuestas)</translation>
    </message>
    <message>
        <source>Reward model (learn to score answers)</source>
        <translation>Modelo de recompensa (aprende a puntuar respuestas)</translation>
    </message>
    <message>
        <source>DPO (learn to prefer the chosen answers)</source>
        <translation>DPO (aprende a preferir las respuestas elegidas)</translation>
    </message>
    <message>
        <source>Reward models and DPO learn from a preference datanet: pairs of a better and a worse answer to the same prompt.</source>
        <translation>Los modelos de recompensa y DPO aprenden de un datanet de preferencias: pares de una respuesta mejor y otra peor a la misma indicación.</translation>
    </message>
    <message>
        <source>DPO learns from preference pairs, but %1 holds other records: choose a preference datanet, or supervised fine-tuning.</source>
        <translation>DPO aprende de pares de preferencias, pero %1 contiene otros registros: elija un datanet de preferencias o el ajuste fino supervisado.</translation>
    </message>
    <message>
        <source>A reward model learns from preference pairs, but %1 holds other records: choose a preference datanet, or supervised fine-tuning.</source>
        <translation>Un modelo de recompensa aprende de pares de preferencias, pero %1 contiene otros registros: elija un datanet de preferencias o el ajuste fino supervisado.</translation>
    </message>
    <message numerus="yes">
        <source>Training uses %n thread(s).</source>
        <translation>
            <numerusform>El entrenamiento usa %n hilo.</numerusform>
            <numerusform>El entrenamiento usa %n hilos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Other programs used %1% of the CPU while it was measured: the run will be faster once they stop. Measure again when the CPU is idle.</source>
        <translation>Otros programas usaron el %1% de la CPU durante la medición: la ejecución irá más rápido cuando terminen. Vuelva a medir con la CPU libre.</translation>
    </message>
</context>
<context>
    <name>fw::ui::NodeCharts</name>
    <message>
        <source>Requests per second</source>
        <translation>Solicitudes por segundo</translation>
    </message>
    <message>
        <source>Tokens per second</source>
        <translation>Tokens por segundo</translation>
    </message>
    <message>
        <source>Latency p50 (ms)</source>
        <translation>Latencia p50 (ms)</translation>
    </message>
    <message>
        <source>Queue and resident adapters</source>
        <translation>Cola y adaptadores en memoria</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>adapters</source>
        <translation>adaptadores</translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation>segundos atrás</translation>
    </message>
    <message>
        <source>whole answer</source>
        <translation>respuesta completa</translation>
    </message>
    <message>
        <source>first token</source>
        <translation>primer token</translation>
    </message>
</context>
<context>
    <name>fw::ui::NodesPage</name>
    <message>
        <source>The local node listens on %1.</source>
        <translation>El nodo local escucha en %1.</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodos</translation>
    </message>
    <message>
        <source>&amp;Add Remote Node...</source>
        <translation>&amp;Añadir nodo remoto...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Start Local Node...</source>
        <translation>&amp;Iniciar nodo local...</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copiar &amp;URL</translation>
    </message>
    <message>
        <source>Copy Add&amp;ress</source>
        <translation>Copiar di&amp;rección</translation>
    </message>
    <message>
        <source>&amp;Undeploy</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <source>Deploy from the registry</source>
        <translation>Desplegar desde el registro</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Despliegues</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <source>Example request</source>
        <translation>Solicitud de ejemplo</translation>
    </message>
    <message>
        <source>Local node (this computer, 127.0.0.1)</source>
        <translation>Nodo local (este equipo, 127.0.0.1)</translation>
    </message>
    <message>
        <source>Remote: %1</source>
        <translation>Remoto: %1</translation>
    </message>
    <message>
        <source>The local node is stopped. Start it to serve this workspace&apos;s models on 127.0.0.1, offline.</source>
        <translation>El nodo local está detenido. Inícielo para servir los modelos de este espacio de trabajo en 127.0.0.1, sin conexión.</translation>
    </message>
    <message>
        <source>The local node is starting...</source>
        <translation>El nodo local se está iniciando...</translation>
    </message>
    <message>
        <source>&lt;b&gt;Running&lt;/b&gt; at %1 &amp;mdash; address %2&lt;br&gt;base model: %3 &amp;middot; adapters deployed: %4, in memory: %5 &amp;middot; requests answered: %6</source>
        <translation>&lt;b&gt;En marcha&lt;/b&gt; en %1 &amp;mdash; dirección %2&lt;br&gt;modelo base: %3 &amp;middot; adaptadores desplegados: %4, en memoria: %5 &amp;middot; solicitudes respondidas: %6</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Conectando con %1...</translation>
    </message>
    <message>
        <source>%1 does not answer: %2</source>
        <translation>%1 no responde: %2</translation>
    </message>
    <message>
        <source>Start Local Node</source>
        <translation>Iniciar nodo local</translation>
    </message>
    <message>
        <source>The node opens this workspace in a process of its own.
Passphrase of %1:</source>
        <translation>El nodo abre este espacio de trabajo en un proceso propio.
Frase de contraseña de %1:</translation>
    </message>
    <message>
        <source>Checking the passphrase...</source>
        <translation>Comprobando la frase de contraseña...</translation>
    </message>
    <message>
        <source>Wrong passphrase: the local node was not started.</source>
        <translation>Frase de contraseña incorrecta: el nodo local no se inició.</translation>
    </message>
    <message>
        <source>Starting the local node...</source>
        <translation>Iniciando el nodo local...</translation>
    </message>
    <message>
        <source>Stopping the local node (running requests finish first)...</source>
        <translation>Deteniendo el nodo local (las solicitudes en curso terminan antes)...</translation>
    </message>
    <message>
        <source>Add Remote Node</source>
        <translation>Añadir nodo remoto</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Node &amp;address:</source>
        <translation>&amp;Dirección del nodo:</translation>
    </message>
    <message>
        <source>Asking %1 to prove its address...</source>
        <translation>Pidiendo a %1 que demuestre su dirección...</translation>
    </message>
    <message>
        <source>Give the node&apos;s address, so it can prove it.</source>
        <translation>Indique la dirección del nodo para que pueda demostrarla.</translation>
    </message>
    <message>
        <source>%1 proved the address %2.</source>
        <translation>%1 demostró la dirección %2.</translation>
    </message>
    <message>
        <source>Deploying %1 to %2...</source>
        <translation>Desplegando %1 en %2...</translation>
    </message>
    <message>
        <source>Deployed %1 (manifest %2).</source>
        <translation>Desplegado %1 (manifiesto %2).</translation>
    </message>
    <message>
        <source>Undeployed %1.</source>
        <translation>Retirado %1.</translation>
    </message>
</context>
<context>
    <name>fw::ui::OpenExistingPage</name>
    <message>
        <source>This folder does not hold a Flywheel workspace.</source>
        <translation>Esta carpeta no contiene un espacio de trabajo de Flywheel.</translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation>Abrir carpeta de espacio de trabajo</translation>
    </message>
    <message>
        <source>Open a Workspace</source>
        <translation>Abrir un espacio de trabajo</translation>
    </message>
    <message>
        <source>Choose the workspace folder and type its passphrase.</source>
        <translation>Elija la carpeta del espacio de trabajo y escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Carpeta del espacio de trabajo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
</context>
<context>
    <name>fw::ui::OverviewPanel</name>
    <message>
        <source>Edit &amp;Requirements…</source>
        <translation>Editar &amp;requisitos…</translation>
    </message>
    <message>
        <source>Records and approvals over time</source>
        <translation>Registros y aprobaciones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Requirements for training</source>
        <translation>Requisitos para el entrenamiento</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source> · domain: %1</source>
        <translation> · dominio: %1</translation>
    </message>
    <message>
        <source> · license: %1</source>
        <translation> · licencia: %1</translation>
    </message>
    <message>
        <source>%1 records: %2 pending, %3 approved, %4 rejected, %5 flagged · %6 near duplicates flagged, %7 exact duplicates refused · %8 contributors of approved records · about %9 approved tokens</source>
        <translation>%1 registros: %2 pendientes, %3 aprobados, %4 rechazados, %5 señalados · %6 casi duplicados señalados, %7 duplicados exactos rechazados · %8 colaboradores de registros aprobados · unos %9 tokens aprobados</translation>
    </message>
    <message>
        <source>✔ Ready: a version frozen now can be trained on.</source>
        <translation>✔ Listo: una versión congelada ahora ya sirve para entrenar.</translation>
    </message>
    <message>
        <source>Not ready yet. Missing: %1</source>
        <translation>Aún no está listo. Falta: %1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 (at most %2)</source>
        <translation>%1 (como máximo %2)</translation>
    </message>
    <message>
        <source>Records submitted</source>
        <translation>Registros enviados</translation>
    </message>
    <message>
        <source>Records approved</source>
        <translation>Registros aprobados</translation>
    </message>
    <message>
        <source>Requirements of %1</source>
        <translation>Requisitos de %1</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
</context>
<context>
    <name>fw::ui::PairwisePanel</name>
    <message>
        <source>1  Left is better</source>
        <translation>1  La izquierda es mejor</translation>
    </message>
    <message>
        <source>2  Right is better</source>
        <translation>2  La derecha es mejor</translation>
    </message>
    <message>
        <source>3  Tie</source>
        <translation>3  Empate</translation>
    </message>
    <message>
        <source>4  Both bad</source>
        <translation>4  Ambas malas</translation>
    </message>
    <message>
        <source>1 left better · 2 right better · 3 tie · 4 both bad · Enter submit · Backspace skip · Ctrl+Z undo</source>
        <translation>1 izquierda mejor · 2 derecha mejor · 3 empate · 4 ambas malas · Enter enviar · Backspace saltar · Ctrl+Z deshacer</translation>
    </message>
</context>
<context>
    <name>fw::ui::PassphraseFields</name>
    <message>
        <source>At least %1 characters. A few unrelated words make a strong passphrase.</source>
        <translation>Al menos %1 caracteres. Unas cuantas palabras sin relación forman una frase segura.</translation>
    </message>
    <message numerus="yes">
        <source>Too short: %n more character(s) needed.</source>
        <translation>
            <numerusform>Demasiado corta: falta %n carácter.</numerusform>
            <numerusform>Demasiado corta: faltan %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Strength: weak. Add more words or characters.</source>
        <translation>Seguridad: débil. Añada más palabras o caracteres.</translation>
    </message>
    <message>
        <source>Strength: fair.</source>
        <translation>Seguridad: aceptable.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Seguridad: alta.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmar:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Confirm passphrase</source>
        <translation>Confirmar frase de contraseña</translation>
    </message>
</context>
<context>
    <name>fw::ui::PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase encrypts the workspace. Nobody can recover it for you: write it down somewhere safe.</source>
        <translation>La frase de contraseña cifra el espacio de trabajo. Nadie puede recuperarla por usted: anótela en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>fw::ui::PlaygroundPanel</name>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Nueva conversación</translation>
    </message>
    <message>
        <source>&amp;Copy Answer</source>
        <translation>&amp;Copiar respuesta</translation>
    </message>
    <message>
        <source>Model to chat with</source>
        <translation>Modelo con el que conversar</translation>
    </message>
    <message>
        <source>Optional system prompt, e.g. &quot;Answer in one sentence.&quot;</source>
        <translation>Indicación del sistema opcional, p. ej. «Responda en una sola frase.»</translation>
    </message>
    <message>
        <source>0 always picks the likeliest token (greedy); higher values vary more.</source>
        <translation>0 elige siempre el token más probable (voraz); los valores más altos varían más.</translation>
    </message>
    <message>
        <source>Sample only from the likeliest tokens that together hold this probability (1 = all).</source>
        <translation>Muestrear solo entre los tokens más probables que juntos suman esta probabilidad (1 = todos).</translation>
    </message>
    <message>
        <source>Sample only from this many likeliest tokens (0 = no limit).</source>
        <translation>Muestrear solo entre este número de tokens más probables (0 = sin límite).</translation>
    </message>
    <message>
        <source>The answer stops after this many tokens.</source>
        <translation>La respuesta se detiene tras este número de tokens.</translation>
    </message>
    <message>
        <source>The same seed and settings give the same answer.</source>
        <translation>La misma semilla y los mismos ajustes dan la misma respuesta.</translation>
    </message>
    <message>
        <source>Ask something (Ctrl+Enter sends)</source>
        <translation>Pregunte algo (Ctrl+Intro lo envía)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatura:</translation>
    </message>
    <message>
        <source>Top-p:</source>
        <translation>Top-p:</translation>
    </message>
    <message>
        <source>Top-k:</source>
        <translation>Top-k:</translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation>Máximo de tokens:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>&amp;Sistema:</translation>
    </message>
    <message>
        <source>%1 (LoRA adapter)</source>
        <translation>%1 (adaptador LoRA)</translation>
    </message>
    <message>
        <source>Second model to compare with</source>
        <translation>Segundo modelo con el que comparar</translation>
    </message>
    <message>
        <source>Send every message to a second model too, and read both answers side by side.</source>
        <translation>Enviar cada mensaje también a un segundo modelo y leer ambas respuestas una junto a otra.</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>Com&amp;parar con:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&amp;Why This Answer?</source>
        <translation>¿&amp;Por qué esta respuesta?</translation>
    </message>
    <message>
        <source>Find the training records the answer&apos;s text comes from, with each contributor&apos;s share (span attribution).</source>
        <translation>Busca los registros de entrenamiento de los que procede el texto de la respuesta, con la parte de cada contribuidor (atribución por fragmentos).</translation>
    </message>
    <message>
        <source>%1 (through the local node)</source>
        <translation>%1 (a través del nodo local)</translation>
    </message>
    <message>
        <source>The workspace is locked: unlock it to chat with its models.</source>
        <translation>El espacio de trabajo está bloqueado: desbloquéelo para conversar con sus modelos.</translation>
    </message>
    <message>
        <source>No model yet: train one on the Train tab, or import one with &quot;Import from Hugging Face…&quot; below.</source>
        <translation>Aún no hay ningún modelo: entrene uno en la pestaña Entrenar o importe uno con «Importar de Hugging Face…» abajo.</translation>
    </message>
    <message>
        <source>%1 loads when you open this tab.</source>
        <translation>%1 se carga al abrir esta pestaña.</translation>
    </message>
    <message>
        <source>Models trained here learned from single questions and answers: sent the whole chat, they answer a second question badly. Ticked, each question goes alone; the transcript still shows the whole chat.</source>
        <translation>Los modelos entrenados aquí aprendieron de preguntas y respuestas sueltas: si se les envía toda la conversación, responden mal a una segunda pregunta. Si se marca, cada pregunta se envía sola; la transcripción sigue mostrando toda la conversación.</translation>
    </message>
    <message>
        <source>Send each question &amp;alone: %1 was trained on single questions and answers</source>
        <translation>Enviar cada pregunta &amp;aislada: %1 se entrenó con preguntas y respuestas sueltas</translation>
    </message>
    <message>
        <source>Send each question &amp;alone (single-turn)</source>
        <translation>Enviar cada pregunta &amp;aislada (un solo turno)</translation>
    </message>
    <message>
        <source>The answer stops after this many tokens (at most %1: the model&apos;s context is %2 tokens, the question included).</source>
        <translation>La respuesta se detiene tras este número de tokens (como máximo %1: el contexto del modelo es de %2 tokens, pregunta incluida).</translation>
    </message>
</context>
<context>
    <name>fw::ui::PromptQueue</name>
    <message>
        <source>(stopped)</source>
        <translation>(detenida)</translation>
    </message>
    <message>
        <source>The ML engine is not loaded.</source>
        <translation>El motor de ML no está cargado.</translation>
    </message>
</context>
<context>
    <name>fw::ui::RankingPanel</name>
    <message>
        <source>0  Start over</source>
        <translation>0  Empezar de nuevo</translation>
    </message>
    <message>
        <source>Not ranked yet</source>
        <translation>Aún sin clasificar</translation>
    </message>
    <message>
        <source>Rank %1</source>
        <translation>Puesto %1</translation>
    </message>
    <message>
        <source>%1  Rank next</source>
        <translation>%1  Poner en el siguiente puesto</translation>
    </message>
    <message>
        <source>Press the answers&apos; numbers best first · 0 start over · Enter submit · Backspace skip · Ctrl+Z undo</source>
        <translation>Pulse los números de las respuestas, de mejor a peor · 0 empezar de nuevo · Enter enviar · Backspace saltar · Ctrl+Z deshacer</translation>
    </message>
</context>
<context>
    <name>fw::ui::RatingPanel</name>
    <message>
        <source>Wrong (W)</source>
        <translation>Incorrecta (W)</translation>
    </message>
    <message>
        <source>Harmful (H)</source>
        <translation>Dañina (H)</translation>
    </message>
    <message>
        <source>Off-topic (O)</source>
        <translation>Fuera de tema (O)</translation>
    </message>
    <message>
        <source>Ignores the instruction (I)</source>
        <translation>Ignora la instrucción (I)</translation>
    </message>
    <message>
        <source>1-5 rate the highlighted answer · ←/→ move · W wrong · H harmful · O off-topic · I ignores the instruction · Enter submit · Backspace skip · Ctrl+Z undo</source>
        <translation>1-5 valorar la respuesta resaltada · ←/→ moverse · W incorrecta · H dañina · O fuera de tema · I ignora la instrucción · Enter enviar · Backspace saltar · Ctrl+Z deshacer</translation>
    </message>
</context>
<context>
    <name>fw::ui::ReceiptExplanation</name>
    <message>
        <source>Part</source>
        <translation>Parte</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Beneficiario</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OPEN</translation>
    </message>
    <message>
        <source>Record and datanet</source>
        <translation>Registro y datanet</translation>
    </message>
    <message>
        <source>Why this receipt paid</source>
        <translation>Por qué pagó este recibo</translation>
    </message>
    <message>
        <source>Select a receipt to see who it paid and which records earned it.</source>
        <translation>Seleccione un recibo para ver a quién pagó y qué registros lo ganaron.</translation>
    </message>
    <message>
        <source>Request %1 to %2: %3 tokens in, %4 out, fee %5 OPEN, signed by node %6.</source>
        <translation>Solicitud %1 a %2: %3 tokens de entrada, %4 de salida, tarifa %5 OPEN, firmada por el nodo %6.</translation>
    </message>
    <message>
        <source>Split of the fee</source>
        <translation>Reparto de la tarifa</translation>
    </message>
    <message>
        <source>Records that earned it</source>
        <translation>Registros que lo ganaron</translation>
    </message>
    <message>
        <source>The answer was not attributed to any record; the data part went by record counts.</source>
        <translation>La respuesta no se atribuyó a ningún registro; la parte de los datos se repartió por número de registros.</translation>
    </message>
    <message>
        <source>record %1 of a datanet this workspace does not hold</source>
        <translation>registro %1 de un datanet que este espacio de trabajo no contiene</translation>
    </message>
    <message>
        <source>%1 %2, record %3: %4</source>
        <translation>%1 %2, registro %3: %4</translation>
    </message>
    <message>
        <source>%1% share</source>
        <translation>parte del %1%</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>The answer this receipt paid for</source>
        <translation>La respuesta que pagó este recibo</translation>
    </message>
    <message>
        <source>&amp;Answer (marked: spans found in training records)</source>
        <translation>&amp;Respuesta (marcados: fragmentos hallados en registros de entrenamiento)</translation>
    </message>
    <message>
        <source>This workspace keeps no answer for this receipt: another node served it, its node was started with --forget-answers, or it is demo traffic made before any model was trained.</source>
        <translation>Este espacio de trabajo no guarda ninguna respuesta para este recibo: la sirvió otro nodo, su nodo se inició con --forget-answers, o es tráfico de demostración creado antes de entrenar ningún modelo.</translation>
    </message>
    <message>
        <source>In the answer</source>
        <translation>En la respuesta</translation>
    </message>
</context>
<context>
    <name>fw::ui::ReceiptTableModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Fee (OPEN)</source>
        <translation>Tarifa (OPEN)</translation>
    </message>
    <message>
        <source>You earned (OPEN)</source>
        <translation>Usted ganó (OPEN)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
</context>
<context>
    <name>fw::ui::RecordDetailView</name>
    <message>
        <source>Instruction</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Indicación</translation>
    </message>
    <message>
        <source>Chosen answer</source>
        <translation>Respuesta elegida</translation>
    </message>
    <message>
        <source>Rejected answer</source>
        <translation>Respuesta rechazada</translation>
    </message>
    <message>
        <source>Record details</source>
        <translation>Detalles del registro</translation>
    </message>
    <message>
        <source>Content (unreadable)</source>
        <translation>Contenido (ilegible)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · near duplicate of an earlier record</source>
        <translation> · casi duplicado de un registro anterior</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Contributor: %1</source>
        <translation>Colaborador: %1</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>About %1 tokens · added %2</source>
        <translation>Unos %1 tokens · añadido el %2</translation>
    </message>
    <message>
        <source>Select a record to see it here.</source>
        <translation>Seleccione un registro para verlo aquí.</translation>
    </message>
</context>
<context>
    <name>fw::ui::RecordTableModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Señalado</translation>
    </message>
    <message>
        <source>%1 · near duplicate</source>
        <translation>%1 · casi duplicado</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Colaborador</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>fw::ui::RecordsPanel</name>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Search words (capit* finds capital, capitals…)</source>
        <translation>Palabras de búsqueda (capit* encuentra capital, capitales…)</translation>
    </message>
    <message>
        <source>Search records</source>
        <translation>Buscar registros</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Contributor filter</source>
        <translation>Filtro de colaborador</translation>
    </message>
    <message>
        <source>Near duplicates only</source>
        <translation>Solo casi duplicados</translation>
    </message>
    <message>
        <source>&amp;Approve (A)</source>
        <translation>&amp;Aprobar (A)</translation>
    </message>
    <message>
        <source>&amp;Reject… (R)</source>
        <translation>&amp;Rechazar… (R)</translation>
    </message>
    <message>
        <source>&amp;Flag (F)</source>
        <translation>&amp;Señalar (F)</translation>
    </message>
    <message>
        <source>&amp;Undo (Ctrl+Z)</source>
        <translation>&amp;Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Approve All &amp;Pending…</source>
        <translation>Aprobar todos los &amp;pendientes…</translation>
    </message>
    <message>
        <source>Add &amp;Record…</source>
        <translation>Añadir re&amp;gistro…</translation>
    </message>
    <message>
        <source>&amp;Import File…</source>
        <translation>&amp;Importar archivo…</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) marked %1. Ctrl+Z undoes it.</source>
        <translation>
            <numerusform>%n registro marcado como «%1». Ctrl+Z lo deshace.</numerusform>
            <numerusform>%n registros marcados como «%1». Ctrl+Z lo deshace.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Why are these records rejected?</source>
        <translation>¿Por qué se rechazan estos registros?</translation>
    </message>
    <message>
        <source>Rejecting needs a reason, so the contributor can learn from it.</source>
        <translation>Para rechazar hace falta un motivo, así el colaborador puede aprender de él.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %n record(s) back to their earlier status.</source>
        <translation>
            <numerusform>Deshecho: %n registro vuelve a su estado anterior.</numerusform>
            <numerusform>Deshecho: %n registros vuelven a su estado anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve All Pending</source>
        <translation>Aprobar todos los pendientes</translation>
    </message>
    <message>
        <source>Approve every pending record of %1? Ctrl+Z undoes it.</source>
        <translation>¿Aprobar todos los registros pendientes de %1? Ctrl+Z lo deshace.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) approved.</source>
        <translation>
            <numerusform>%n registro aprobado.</numerusform>
            <numerusform>%n registros aprobados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::ui::RecoveryWordsDialog</name>
    <message>
        <source>Recovery Words</source>
        <translation>Palabras de recuperación</translation>
    </message>
    <message>
        <source>Enter the workspace passphrase to see the recovery words of “%1”.</source>
        <translation>Escriba la frase de contraseña del espacio de trabajo para ver las palabras de recuperación de «%1».</translation>
    </message>
    <message>
        <source>Workspace passphrase</source>
        <translation>Frase de contraseña del espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Show Words</source>
        <translation>&amp;Mostrar palabras</translation>
    </message>
    <message>
        <source>&lt;b&gt;Anyone who sees these words can take this identity.&lt;/b&gt; Write them on paper, in order, and keep them offline. Never type them into a website.</source>
        <translation>&lt;b&gt;Quien vea estas palabras puede apoderarse de esta identidad.&lt;/b&gt; Escríbalas en papel, en orden, y guárdelas fuera de línea. Nunca las escriba en un sitio web.</translation>
    </message>
    <message>
        <source>Wrong passphrase.</source>
        <translation>Frase de contraseña incorrecta.</translation>
    </message>
</context>
<context>
    <name>fw::ui::RequirementsEditor</name>
    <message>
        <source>A version can be trained on only with at least this many approved records.</source>
        <translation>Solo se puede entrenar con una versión que tenga al menos este número de registros aprobados.</translation>
    </message>
    <message>
        <source>Distinct contributors of approved records, so one person cannot make a datanet alone.</source>
        <translation>Colaboradores distintos de los registros aprobados, para que una sola persona no pueda hacer un datanet por su cuenta.</translation>
    </message>
    <message>
        <source>Estimated tokens of the approved records (about four bytes of text each).</source>
        <translation>Tokens estimados de los registros aprobados (unos cuatro bytes de texto cada uno).</translation>
    </message>
    <message>
        <source>Exact and near duplicates as a share of everything submitted.</source>
        <translation>Duplicados exactos y casi duplicados como proporción de todo lo enviado.</translation>
    </message>
    <message>
        <source>Approved records as a share of those reviewed (approved or rejected).</source>
        <translation>Registros aprobados como proporción de los revisados (aprobados o rechazados).</translation>
    </message>
    <message>
        <source>Minimum approved records:</source>
        <translation>Mínimo de registros aprobados:</translation>
    </message>
    <message>
        <source>Minimum distinct contributors:</source>
        <translation>Mínimo de colaboradores distintos:</translation>
    </message>
    <message>
        <source>Minimum tokens:</source>
        <translation>Mínimo de tokens:</translation>
    </message>
    <message>
        <source>Maximum duplicate rate:</source>
        <translation>Proporción máxima de duplicados:</translation>
    </message>
    <message>
        <source>Minimum approval rate:</source>
        <translation>Proporción mínima de aprobados:</translation>
    </message>
</context>
<context>
    <name>fw::ui::RestoreIdentityDialog</name>
    <message>
        <source>Restore Identity</source>
        <translation>Restaurar identidad</translation>
    </message>
    <message>
        <source>Enter the 24 recovery words of the identity, in order.</source>
        <translation>Escriba las 24 palabras de recuperación de la identidad, en orden.</translation>
    </message>
    <message>
        <source>Restored identity</source>
        <translation>Identidad restaurada</translation>
    </message>
    <message>
        <source>Identity name</source>
        <translation>Nombre de la identidad</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
</context>
<context>
    <name>fw::ui::RewritePanel</name>
    <message>
        <source>&amp;Your better answer</source>
        <translation>Su &amp;mejor respuesta</translation>
    </message>
    <message>
        <source>Your better answer</source>
        <translation>Su mejor respuesta</translation>
    </message>
    <message>
        <source>Edit the answer into a better one · Ctrl+Enter submit · Skip and Undo buttons (Alt+S, Alt+U)</source>
        <translation>Edite la respuesta hasta mejorarla · Ctrl+Enter enviar · botones Saltar y Deshacer (Alt+S, Alt+D)</translation>
    </message>
</context>
<context>
    <name>fw::ui::RoleLabels</name>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Model builder</source>
        <translation>Creador del modelo</translation>
    </message>
    <message>
        <source>Data contributor</source>
        <translation>Colaborador de datos</translation>
    </message>
    <message>
        <source>Labeler</source>
        <translation>Etiquetador</translation>
    </message>
</context>
<context>
    <name>fw::ui::RunHistoryModel</name>
    <message>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finalizada</translation>
    </message>
    <message>
        <source>Failed (can resume)</source>
        <translation>Fallida (se puede reanudar)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Cancelled (can resume)</source>
        <translation>Cancelada (se puede reanudar)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Interrupted (can resume)</source>
        <translation>Interrumpida (se puede reanudar)</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>%1 (from scratch)</source>
        <translation>%1 (desde cero)</translation>
    </message>
    <message>
        <source>LoRA</source>
        <translation>LoRA</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Final loss</source>
        <translation>Pérdida final</translation>
    </message>
    <message>
        <source>Eval loss</source>
        <translation>Pérdida de evaluación</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
</context>
<context>
    <name>fw::ui::RunHistoryPanel</name>
    <message>
        <source>&amp;Resume Run</source>
        <translation>&amp;Reanudar ejecución</translation>
    </message>
    <message>
        <source>Remove from &amp;History…</source>
        <translation>Quitar del &amp;historial…</translation>
    </message>
    <message>
        <source>Training runs</source>
        <translation>Ejecuciones de entrenamiento</translation>
    </message>
    <message>
        <source>Select two or more runs (Ctrl or Shift) to compare their loss curves.</source>
        <translation>Seleccione dos o más ejecuciones (Ctrl o Mayús) para comparar sus curvas de pérdida.</translation>
    </message>
    <message>
        <source>Training loss of the selected runs</source>
        <translation>Pérdida de entrenamiento de las ejecuciones seleccionadas</translation>
    </message>
    <message>
        <source>Loss curves of the selected runs</source>
        <translation>Curvas de pérdida de las ejecuciones seleccionadas</translation>
    </message>
    <message>
        <source>Continue the selected run from its last checkpoint.</source>
        <translation>Continuar la ejecución seleccionada desde su último punto de control.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>%1 (eval)</source>
        <translation>%1 (evaluación)</translation>
    </message>
    <message>
        <source>Remove from History</source>
        <translation>Quitar del historial</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n run(s) from the history, with their loss curves and checkpoints? Models they made stay in the registry.</source>
        <translation>
            <numerusform>¿Quitar %n ejecución del historial, con su curva de pérdida y sus puntos de control? Los modelos que generó se quedan en el registro.</numerusform>
            <numerusform>¿Quitar %n ejecuciones del historial, con sus curvas de pérdida y sus puntos de control? Los modelos que generaron se quedan en el registro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accuracy and margin of the selected runs</source>
        <translation>Precisión y margen de las ejecuciones seleccionadas</translation>
    </message>
    <message>
        <source>Accuracy and margin curves of the selected runs</source>
        <translation>Curvas de precisión y margen de las ejecuciones seleccionadas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>fw::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>CPU &amp;threads for training:</source>
        <translation>&amp;Hilos de CPU para entrenar:</translation>
    </message>
    <message>
        <source>&amp;Auto-lock after:</source>
        <translation>&amp;Bloqueo automático tras:</translation>
    </message>
    <message>
        <source>Follow system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>CPU threads for training</source>
        <translation>Hilos de CPU para entrenar</translation>
    </message>
    <message>
        <source>Auto-lock minutes, 0 for never</source>
        <translation>Minutos para el bloqueo automático, 0 para nunca</translation>
    </message>
    <message numerus="yes">
        <source>Automatic (%n, fastest here)</source>
        <translation>
            <numerusform>Automático (%n, el más rápido)</numerusform>
            <numerusform>Automático (%n, el más rápido)</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic (measured at the first start)</source>
        <translation>Automático (medido en el primer arranque)</translation>
    </message>
    <message numerus="yes">
        <source>This computer offers %n thread(s). Training splits the ones it gets between its own work and the matrix library&apos;s, as the run goes fastest. More threads are not always faster: on shared cores a second thread can slow training down.</source>
        <translation>
            <numerusform>Este equipo ofrece %n hilo. El entrenamiento reparte los que recibe entre su propio trabajo y el de la biblioteca de matrices, como la ejecución vaya más rápida. Más hilos no siempre es más rápido: en núcleos compartidos un segundo hilo puede ralentizar el entrenamiento.</numerusform>
            <numerusform>Este equipo ofrece %n hilos. El entrenamiento reparte los que recibe entre su propio trabajo y el de la biblioteca de matrices, como la ejecución vaya más rápida. Más hilos no siempre es más rápido: en núcleos compartidos un segundo hilo puede ralentizar el entrenamiento.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fw::ui::SeveralMachinesBox</name>
    <message>
        <source>Train on &amp;several machines</source>
        <translation>Entrenar en &amp;varias máquinas</translation>
    </message>
    <message>
        <source>Data-parallel training: every machine trains on its share of each batch and the gradients are summed over the network before each step, so the run learns as it would on one machine.</source>
        <translation>Entrenamiento en paralelo de datos: cada máquina entrena su parte de cada lote y los gradientes se suman por la red antes de cada paso, así que la ejecución aprende como lo haría en una sola máquina.</translation>
    </message>
    <message>
        <source>Machines, this one included:</source>
        <translation>Máquinas, incluida esta:</translation>
    </message>
    <message>
        <source>This machine&apos;s address:</source>
        <translation>Dirección de esta máquina:</translation>
    </message>
    <message>
        <source>HOST:PORT where the other machines reach this one; the port must be open to them.</source>
        <translation>HOST:PUERTO donde las demás máquinas llegan a esta; el puerto debe estar abierto para ellas.</translation>
    </message>
    <message>
        <source>This machine&apos;s address for the other machines</source>
        <translation>Dirección de esta máquina para las demás máquinas</translation>
    </message>
    <message>
        <source>Commands to run on the other machines</source>
        <translation>Órdenes que ejecutar en las demás máquinas</translation>
    </message>
    <message>
        <source>&amp;Copy Commands</source>
        <translation>&amp;Copiar órdenes</translation>
    </message>
    <message>
        <source>The batch size (%1) must be at least the number of machines (%2).</source>
        <translation>El tamaño de lote (%1) debe ser al menos el número de máquinas (%2).</translation>
    </message>
    <message>
        <source>Each other machine needs the same frozen version of &quot;%1&quot; in its own workspace (the machines compare its Merkle root before the first step). Save the plan below as flywheel-run.json there and run its command; this machine waits up to %2 minutes for them after you press Train, and rank 0 (here) keeps the history and the model.</source>
        <translation>Cada una de las demás máquinas necesita la misma versión congelada de «%1» en su propio espacio de trabajo (las máquinas comparan su raíz de Merkle antes del primer paso). Guarde allí el plan de abajo como flywheel-run.json y ejecute su orden; esta máquina las espera hasta %2 minutos después de pulsar Entrenar, y el rango 0 (esta) guarda el historial y el modelo.</translation>
    </message>
    <message>
        <source># flywheel-run.json, the same on every machine:</source>
        <translation># flywheel-run.json, el mismo en todas las máquinas:</translation>
    </message>
    <message>
        <source># machine %1 of %2:</source>
        <translation># máquina %1 de %2:</translation>
    </message>
</context>
<context>
    <name>fw::ui::TrainingMonitor</name>
    <message>
        <source>Training progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>Eval loss</source>
        <translation>Pérdida de evaluación</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Loss chart</source>
        <translation>Gráfico de la pérdida</translation>
    </message>
    <message>
        <source>Training log</source>
        <translation>Historial del entrenamiento</translation>
    </message>
    <message>
        <source>No run yet</source>
        <translation>Aún no hay ninguna ejecución</translation>
    </message>
    <message>
        <source>Step %1 of %2 · loss %3 · learning rate %4 · %5 tokens/s · elapsed %6</source>
        <translation>Paso %1 de %2 · pérdida %3 · tasa de aprendizaje %4 · %5 tokens/s · transcurrido %6</translation>
    </message>
    <message>
        <source> · about %1 left</source>
        <translation> · quedan unos %1</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Preference metrics</source>
        <translation>Métricas de preferencias</translation>
    </message>
    <message>
        <source>Accuracy and margin chart</source>
        <translation>Gráfico de precisión y margen</translation>
    </message>
    <message>
        <source> · machines %1 tokens/s · gradient exchange %2 %</source>
        <translation> · máquinas %1 tokens/s · intercambio de gradientes %2 %</translation>
    </message>
</context>
<context>
    <name>fw::ui::UnlockDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Examinar...</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espacio de trabajo</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Nuevo espacio de trabajo...</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Espacio de trabajo:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation>Abrir carpeta de espacio de trabajo</translation>
    </message>
    <message>
        <source>“%1” does not hold a Flywheel workspace.</source>
        <translation>«%1» no contiene un espacio de trabajo de Flywheel.</translation>
    </message>
    <message>
        <source>The demo workspace&apos;s passphrase is “%1”.</source>
        <translation>La frase de contraseña del espacio de demostración es «%1».</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Frase de contraseña incorrecta. Inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>fw::ui::VersionsPanel</name>
    <message>
        <source>&amp;Freeze New Version</source>
        <translation>&amp;Congelar nueva versión</translation>
    </message>
    <message>
        <source>&amp;Copy Id</source>
        <translation>Copiar &amp;id</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Prove a Record…</source>
        <translation>Generar &amp;prueba de un registro…</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Freezes every approved record into an immutable version whose id is their Merkle root. Training refers to versions.</source>
        <translation>Congela todos los registros aprobados en una versión inmutable cuyo id es su raíz de Merkle. El entrenamiento hace referencia a versiones.</translation>
    </message>
    <message>
        <source>Version id</source>
        <translation>Id de versión</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Colaboradores</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Ready for training</source>
        <translation>Lista para entrenar</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Congelada</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No (requirements not met)</source>
        <translation>No (no cumple los requisitos)</translation>
    </message>
    <message>
        <source>Verifying every contribution and freezing…</source>
        <translation>Verificando todas las aportaciones y congelando…</translation>
    </message>
    <message>
        <source>Frozen: version %1 with %2 records.</source>
        <translation>Congelada: versión %1 con %2 registros.</translation>
    </message>
    <message>
        <source>Frozen: version %1 with %2 records. It does not meet the requirements, so it cannot be trained on.</source>
        <translation>Congelada: versión %1 con %2 registros. No cumple los requisitos, así que no sirve para entrenar.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Se copió %1</translation>
    </message>
    <message>
        <source>Export Version</source>
        <translation>Exportar versión</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported %1 records to %2</source>
        <translation>Se exportaron %1 registros a %2</translation>
    </message>
    <message>
        <source>Prove a Record</source>
        <translation>Generar prueba de un registro</translation>
    </message>
    <message>
        <source>Hash of the record (at least its first 8 hex digits):</source>
        <translation>Hash del registro (al menos sus 8 primeros dígitos hexadecimales):</translation>
    </message>
    <message>
        <source>Save Proof</source>
        <translation>Guardar prueba</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Proof saved to %1. Anyone can check it with: flywheel-cli datanet verify-proof %1</source>
        <translation>Prueba guardada en %1. Cualquiera puede comprobarla con: flywheel-cli datanet verify-proof %1</translation>
    </message>
</context>
<context>
    <name>fw::ui::WalletLedgerPanel</name>
    <message>
        <source>Balance and channels</source>
        <translation>Saldo y canales</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Payer</source>
        <translation>Pagador</translation>
    </message>
    <message>
        <source>Deposit (OPEN)</source>
        <translation>Depósito (OPEN)</translation>
    </message>
    <message>
        <source>Charged (OPEN)</source>
        <translation>Cobrado (OPEN)</translation>
    </message>
    <message>
        <source>Unused (OPEN)</source>
        <translation>Sin usar (OPEN)</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Carriles</translation>
    </message>
    <message>
        <source>Payment channels</source>
        <translation>Canales de pago</translation>
    </message>
    <message>
        <source>This workspace keeps no node journal: balances live on the node that holds your channels.</source>
        <translation>Este espacio de trabajo no lleva diario de nodo: los saldos están en el nodo que tiene sus canales.</translation>
    </message>
    <message>
        <source>Balance: %1 OPEN. This identity is the workspace&apos;s node; it serves %2 channels.</source>
        <translation>Saldo: %1 OPEN. Esta identidad es el nodo del espacio de trabajo; atiende %2 canales.</translation>
    </message>
    <message>
        <source>Balance: %1 OPEN on this workspace&apos;s node. It funds %2 channels.</source>
        <translation>Saldo: %1 OPEN en el nodo de este espacio de trabajo. Financia %2 canales.</translation>
    </message>
</context>
<context>
    <name>fw::ui::WalletPage</name>
    <message>
        <source>Wallet</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <source>&amp;New Identity...</source>
        <translation>&amp;Nueva identidad...</translation>
    </message>
    <message>
        <source>&amp;Restore Identity...</source>
        <translation>&amp;Restaurar identidad...</translation>
    </message>
    <message>
        <source>Set as &amp;Default</source>
        <translation>Marcar como &amp;predeterminada</translation>
    </message>
    <message>
        <source>Re&amp;name...</source>
        <translation>Re&amp;nombrar...</translation>
    </message>
    <message>
        <source>Show Recovery &amp;Words...</source>
        <translation>Mostrar &amp;palabras de recuperación...</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <source>Identity created</source>
        <translation>Identidad creada</translation>
    </message>
    <message>
        <source>Nothing has happened in this workspace yet.</source>
        <translation>Todavía no ha pasado nada en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>New Identity</source>
        <translation>Nueva identidad</translation>
    </message>
    <message>
        <source>Name of the new identity:</source>
        <translation>Nombre de la nueva identidad:</translation>
    </message>
    <message>
        <source>Rename Identity</source>
        <translation>Renombrar identidad</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
</context>
<context>
    <name>fw::ui::WelcomePage</name>
    <message>
        <source>Welcome to Flywheel</source>
        <translation>Bienvenido a Flywheel</translation>
    </message>
    <message>
        <source>Your work lives in an encrypted workspace folder. What would you like to do?</source>
        <translation>Su trabajo vive en una carpeta cifrada, el espacio de trabajo. ¿Qué desea hacer?</translation>
    </message>
    <message>
        <source>&amp;Create a new workspace with a new wallet identity</source>
        <translation>&amp;Crear un espacio de trabajo nuevo con una identidad de cartera nueva</translation>
    </message>
    <message>
        <source>&amp;Restore a wallet from its 24 recovery words</source>
        <translation>&amp;Restaurar una cartera a partir de sus 24 palabras de recuperación</translation>
    </message>
    <message>
        <source>&amp;Open an existing workspace folder</source>
        <translation>&amp;Abrir una carpeta de espacio de trabajo existente</translation>
    </message>
    <message>
        <source>Explore the &amp;demo workspace (passphrase “demo”)</source>
        <translation>Explorar el espacio de &amp;demostración (frase de contraseña «demo»)</translation>
    </message>
</context>
<context>
    <name>fw::ui::WinRateBar</name>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Juez:</translation>
    </message>
    <message>
        <source>Reward model that judges the answers</source>
        <translation>Modelo de recompensa que juzga las respuestas</translation>
    </message>
    <message>
        <source>&amp;Win Rate</source>
        <translation>Tasa de &amp;victorias</translation>
    </message>
    <message>
        <source>The reward model scores both answers to every prompt in the table; the higher score wins, a tie counts half.</source>
        <translation>El modelo de recompensa puntúa las dos respuestas a cada prompt de la tabla; gana la puntuación más alta y un empate cuenta la mitad.</translation>
    </message>
    <message>
        <source>A pairwise campaign between the two models on the run&apos;s held-out prompts, sides shuffled, names hidden: people judge them on the Feedback page.</source>
        <translation>Una campaña por pares entre los dos modelos con los prompts reservados de la ejecución, lados barajados y nombres ocultos: las personas los juzgan en la página Retroalimentación.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is judging %n pair(s) of answers…</source>
        <translation>
            <numerusform>%1 está juzgando %n par de respuestas…</numerusform>
            <numerusform>%1 está juzgando %n pares de respuestas…</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; against &lt;b&gt;%2&lt;/b&gt;, judged by %3: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; frente a &lt;b&gt;%2&lt;/b&gt;, juzgado por %3: %4</translation>
    </message>
    <message>
        <source>%1 cannot judge: %2</source>
        <translation>%1 no puede juzgar: %2</translation>
    </message>
    <message>
        <source>Making a blind A/B campaign of %1 against %2…</source>
        <translation>Creando una campaña A/B a ciegas de %1 frente a %2…</translation>
    </message>
    <message>
        <source>Campaign &quot;%1&quot; is on the Feedback page: its answers are being generated.</source>
        <translation>La campaña «%1» está en la página Retroalimentación: se están generando sus respuestas.</translation>
    </message>
    <message>
        <source>No reward model yet: train one with the Reward model objective on a preference datanet.</source>
        <translation>Aún no hay ningún modelo de recompensa: entrene uno con el objetivo Modelo de recompensa sobre un datanet de preferencias.</translation>
    </message>
    <message>
        <source>This model has no base to compare with (trained from scratch).</source>
        <translation>Este modelo no tiene base con la que compararse (se entrenó desde cero).</translation>
    </message>
    <message>
        <source>Compare on held-out prompts first: the judge scores the answers in the table.</source>
        <translation>Compare antes con los prompts reservados: el juez puntúa las respuestas de la tabla.</translation>
    </message>
    <message>
        <source>Blind &amp;A/B Campaign</source>
        <translation>Campaña &amp;A/B a ciegas</translation>
    </message>
</context>
<context>
    <name>fw::ui::WorkspaceActions</name>
    <message>
        <source>Passphrase Changed</source>
        <translation>Frase de contraseña cambiada</translation>
    </message>
    <message>
        <source>The workspace now opens with the new passphrase.</source>
        <translation>El espacio de trabajo se abre ahora con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Nuevo espacio de trabajo...</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>&amp;Abrir espacio de trabajo...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Lock Workspace</source>
        <translation>&amp;Bloquear espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;Change Passphrase...</source>
        <translation>&amp;Cambiar frase de contraseña...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation>Abrir carpeta de espacio de trabajo</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>“%1” does not hold a Flywheel workspace.</source>
        <translation>«%1» no contiene un espacio de trabajo de Flywheel.</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No hay espacios de trabajo recientes</translation>
    </message>
</context>
<context>
    <name>fw::ui::WorkspaceStatusBar</name>
    <message>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Desbloqueado</translation>
    </message>
    <message>
        <source>The key is wiped from memory until you unlock</source>
        <translation>La clave se borra de la memoria hasta que desbloquee</translation>
    </message>
    <message>
        <source>Lock with Ctrl+L</source>
        <translation>Bloquear con Ctrl+L</translation>
    </message>
</context>
<context>
    <name>fw::wallet::WalletService</name>
    <message>
        <source>A Flywheel recovery phrase has 24 words; got %1.</source>
        <translation>Una frase de recuperación de Flywheel tiene 24 palabras; se recibieron %1.</translation>
    </message>
    <message>
        <source>An identity needs a name.</source>
        <translation>Una identidad necesita un nombre.</translation>
    </message>
    <message>
        <source>This workspace already holds the identity %1.</source>
        <translation>Este espacio de trabajo ya contiene la identidad %1.</translation>
    </message>
    <message>
        <source>No identity with id %1.</source>
        <translation>No hay ninguna identidad con id %1.</translation>
    </message>
    <message>
        <source>This workspace has no identity yet.</source>
        <translation>Este espacio de trabajo todavía no tiene ninguna identidad.</translation>
    </message>
    <message>
        <source>No identity with address %1 in this workspace.</source>
        <translation>No hay ninguna identidad con la dirección %1 en este espacio de trabajo.</translation>
    </message>
    <message>
        <source>The stored key of identity %1 is damaged.</source>
        <translation>La clave almacenada de la identidad %1 está dañada.</translation>
    </message>
    <message>
        <source>%1 is an external identity (no private key here); it cannot be the default.</source>
        <translation>%1 es una identidad externa (aquí no hay clave privada); no puede ser la predeterminada.</translation>
    </message>
    <message>
        <source>%1 is an external identity: this workspace holds no private key for it.</source>
        <translation>%1 es una identidad externa: este espacio de trabajo no tiene ninguna clave privada para ella.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop workbench for community-built AI</source>
        <translation>Banco de trabajo de escritorio para IA construida en comunidad</translation>
    </message>
    <message>
        <source>Open the demo workspace (created if needed).</source>
        <translation>Abrir el espacio de trabajo de demostración (se crea si hace falta).</translation>
    </message>
    <message>
        <source>Open the workspace in &lt;dir&gt;.</source>
        <translation>Abrir el espacio de trabajo de &lt;dir&gt;.</translation>
    </message>
</context>
</TS>
