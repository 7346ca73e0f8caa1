package cymru.croeso.data.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads any table file a planner brings, choosing the long or the wide reader from its header. */
public final class TableFileReader {
    private TableFileReader() {
    }

    public static StatisticalTable read(Path file) throws IOException, TableFormatException {
        return read(file.getFileName().toString(), Files.readAllBytes(file));
    }

    public static StatisticalTable read(String fileName, byte[] content) throws TableFormatException {
        RawTable raw = RawTables.parse(fileName, content);
        return WideTableReader.looksWide(raw) ? WideTableReader.read(raw) : LongTableReader.read(raw);
    }
}
