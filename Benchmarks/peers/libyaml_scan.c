/* libyaml alone: parses FILE into events (no tree, no positions kept) RUNS times and prints
 * the median seconds of one parse and the event count; the floor any libyaml-based loader
 * stands on. Build: gcc -O2 libyaml_scan.c -lyaml -o libyaml_scan
 * Usage: libyaml_scan FILE [RUNS] */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <yaml.h>

static double now(void) {
    struct timespec spec;
    clock_gettime(CLOCK_MONOTONIC, &spec);
    return spec.tv_sec + spec.tv_nsec / 1e9;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Parses the whole file once; returns the number of events, or -1 on a parse error. */
static long scan(const unsigned char *text, size_t size) {
    yaml_parser_t parser;
    yaml_event_t event;
    long events = 0;
    int done = 0;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, text, size);
    while (!done) {
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "parse error: %s at line %zu\n", parser.problem, parser.problem_mark.line + 1);
            yaml_parser_delete(&parser);
            return -1;
        }
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        events++;
    }
    yaml_parser_delete(&parser);
    return events;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: libyaml_scan FILE [RUNS]\n");
        return 2;
    }
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    if (runs < 1) runs = 1;
    FILE *file = fopen(argv[1], "rb");
    if (!file) {
        perror(argv[1]);
        return 2;
    }
    fseek(file, 0, SEEK_END);
    size_t size = (size_t)ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *text = malloc(size);
    if (fread(text, 1, size, file) != size) {
        perror(argv[1]);
        return 2;
    }
    fclose(file);
    double *times = malloc(sizeof(double) * runs);
    long events = 0;
    for (int run = 0; run < runs; run++) {
        double start = now();
        events = scan(text, size);
        times[run] = now() - start;
        if (events < 0) return 1;
    }
    qsort(times, runs, sizeof(double), compare);
    printf("median %.6f s, %ld events\n", times[runs / 2], events);
    return 0;
}
