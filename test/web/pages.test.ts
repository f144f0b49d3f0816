// The early start fetches the code of the page an address shows before React is
// read; it must find the same module the router will load for that address.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MODULE_OF_ROUTE, PAGE_MODULES, pageModuleFor } from '../../src/web/app/pages.ts';
import { paths, routes } from '../../src/web/config/paths.ts';

describe('the page module of an address', () => {
  it('is the module of its route, a fixed path before a pattern that would also take it', () => {
    assert.equal(pageModuleFor(paths.products), PAGE_MODULES.registry);
    assert.equal(pageModuleFor(paths.product('7b0c')), PAGE_MODULES.registryDetail);
    assert.equal(pageModuleFor(paths.newProducer), PAGE_MODULES.register);
    assert.equal(pageModuleFor(paths.producer('moi-hon')), PAGE_MODULES.registryDetail);
    assert.equal(pageModuleFor(paths.selfAssessment('a1')), PAGE_MODULES.selfAssessment);
    assert.equal(pageModuleFor(paths.selfAssessments), PAGE_MODULES.selfAssessments);
    assert.equal(pageModuleFor(paths.importDetail('42')), PAGE_MODULES.importDetail);
    assert.equal(pageModuleFor(paths.unitMappings), PAGE_MODULES.adminUnits);
    assert.equal(pageModuleFor(paths.calendar), PAGE_MODULES.calendar);
    assert.equal(pageModuleFor(paths.worklist), PAGE_MODULES.worklist);
    assert.equal(pageModuleFor(paths.dossiers), PAGE_MODULES.dossiers);
    assert.equal(pageModuleFor(paths.dossier('d1')), PAGE_MODULES.dossier);
    assert.equal(pageModuleFor(paths.ideas), PAGE_MODULES.ideas);
    assert.equal(pageModuleFor(paths.idea('i1')), PAGE_MODULES.idea);
    assert.equal(pageModuleFor(paths.rounds), PAGE_MODULES.rounds);
    assert.equal(pageModuleFor(paths.councils), PAGE_MODULES.councils);
    assert.equal(pageModuleFor(paths.council('k1')), PAGE_MODULES.council);
    assert.equal(pageModuleFor(paths.councilSession('s1')), PAGE_MODULES.councilSession);
    assert.equal(pageModuleFor(paths.councilSheet('i1')), PAGE_MODULES.councilSheet);
    assert.equal(pageModuleFor(paths.councilDossiers), PAGE_MODULES.councilDossiers);
    assert.equal(pageModuleFor(paths.decisions), PAGE_MODULES.decisions);
    assert.equal(pageModuleFor(paths.decision('q1')), PAGE_MODULES.decision);
    assert.equal(pageModuleFor(paths.lifecycle), PAGE_MODULES.lifecycle);
    assert.equal(pageModuleFor(paths.notices), PAGE_MODULES.notices);
    assert.equal(pageModuleFor(paths.login), PAGE_MODULES.login);
    assert.equal(pageModuleFor(paths.register), PAGE_MODULES.register);
  });

  it('takes the address with or without a trailing slash; the public home and unknown addresses have none', () => {
    assert.equal(pageModuleFor('/app'), PAGE_MODULES.dashboard);
    assert.equal(pageModuleFor('/app/'), PAGE_MODULES.dashboard);
    assert.equal(pageModuleFor('/app/san-pham/'), PAGE_MODULES.registry);
    assert.equal(pageModuleFor('/'), undefined);
    assert.equal(pageModuleFor('/app/khong-co'), undefined);
    assert.equal(pageModuleFor('/app/san-pham/1/2'), undefined);
  });

  it('every route but the public home has a module', () => {
    for (const route of Object.keys(routes).filter((r) => r !== 'home'))
      assert.ok(MODULE_OF_ROUTE[route as keyof typeof MODULE_OF_ROUTE] in PAGE_MODULES, route);
  });
});
