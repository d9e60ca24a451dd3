/* libxml2_parse_floor.c: CPU ms per page for htmlReadMemory + xmlFreeDoc alone, the floor
 * under any extractor built on libxml2's DOM (same options as Folio's HTMLDocument).
 * Build: cc -O2 libxml2_parse_floor.c $(xml2-config --cflags --libs) -o parse_floor
 * Run:   ./parse_floor CORPUS/*.html */
#include <libxml/HTMLparser.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

enum { MAX_PAGES = 4096, REPEATS = 5 };

int main(int argc, char **argv) {
    static char *pages[MAX_PAGES];
    static long sizes[MAX_PAGES];
    int count = 0;
    for (int i = 1; i < argc && count < MAX_PAGES; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) continue;
        fseek(f, 0, SEEK_END);
        sizes[count] = ftell(f);
        rewind(f);
        pages[count] = malloc(sizes[count]);
        if (fread(pages[count], 1, sizes[count], f) == (size_t)sizes[count]) count++;
        fclose(f);
    }
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
    clock_t start = clock();
    for (int r = 0; r < REPEATS; r++) {
        for (int i = 0; i < count; i++) {
            htmlDocPtr doc = htmlReadMemory(pages[i], (int)sizes[i], NULL, "UTF-8", options);
            xmlFreeDoc(doc);
        }
    }
    double ms = (double)(clock() - start) / CLOCKS_PER_SEC * 1000;
    printf("%d pages x %d: %.2f ms CPU per page (parse + free)\n", count, REPEATS, ms / REPEATS / count);
    return 0;
}
